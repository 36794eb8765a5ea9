package org.chengxin.scoring.model;

/**
 * Limits on the size of a rule's points, as absolute values: per record, per calendar year and over
 * the subject's lifetime. A null limit means none.
 */
public record Caps(Integer perRecord, Integer perYear, Integer lifetime) {
  public static final Caps NONE = new Caps(null, null, null);

  public Caps {
    for (Integer c : new Integer[] {perRecord, perYear, lifetime}) {
      if (c != null && c < 0) {
        throw new IllegalArgumentException("caps are absolute values and cannot be negative");
      }
    }
  }
}
