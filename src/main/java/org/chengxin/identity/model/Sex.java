package org.chengxin.identity.model;

/** A person's sex as recorded in the resident identity number (odd sequence male, even female). */
public enum Sex {
  MALE("男"),
  FEMALE("女");

  private final String labelZh;

  Sex(String labelZh) {
    this.labelZh = labelZh;
  }

  /** The sex a 3-digit sequence number (positions 15–17) encodes. */
  public static Sex ofSequence(int sequence) {
    return sequence % 2 == 1 ? MALE : FEMALE;
  }

  public String labelZh() {
    return labelZh;
  }
}
