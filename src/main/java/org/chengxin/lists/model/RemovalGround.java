package org.chengxin.lists.model;

/** Why an entry is removed before it expires. */
public enum RemovalGround {
  /** The debt or obligation was performed or settled. */
  OBLIGATION_PERFORMED,
  /** The subject's objection was upheld: the entry should never have been. */
  OBJECTION_UPHELD,
  /** Credit repair was granted. */
  REPAIR_GRANTED,
  /** The deciding authority ended it. */
  AUTHORITY_DECISION,
  /** The proposal was withdrawn before the entry became active. */
  WITHDRAWN;

  /** Whether the policy's earliest-removal period binds this ground (it never binds a wrong). */
  public boolean isEarlyRemoval() {
    return this == REPAIR_GRANTED || this == AUTHORITY_DECISION;
  }
}
