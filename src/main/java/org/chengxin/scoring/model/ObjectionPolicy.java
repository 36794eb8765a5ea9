package org.chengxin.scoring.model;

/** How a record under objection counts while the objection is open. */
public enum ObjectionPolicy {
  /** As it counted before the objection was filed (the default). */
  FROZEN,
  /** Not at all until the objection is decided. */
  SUSPENDED
}
