package org.chengxin.lists.model;

/** Where a list entry is in its life; REMOVED and EXPIRED are final. */
public enum EntryState {
  /** The criteria are met (by rule or by an authority's decision); the subject is not told yet. */
  PROPOSED,
  /** The subject has been told the reasons, basis, rights and deadline; the window is open. */
  NOTIFIED,
  /** On the list: measures apply, and the public sees it where the list is published. */
  ACTIVE,
  /** Ended early: obligation performed, objection upheld, repair granted, authority decision. */
  REMOVED,
  /** Ended by its duration running out. */
  EXPIRED;

  public boolean isFinal() {
    return this == REMOVED || this == EXPIRED;
  }
}
