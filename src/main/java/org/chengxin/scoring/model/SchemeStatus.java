package org.chengxin.scoring.model;

/** Where a scheme version stands; {@link SchemeLifecycle} holds the legal moves between them. */
public enum SchemeStatus {
  /** Being written and simulated; may change in place, scores nobody. */
  DRAFT,
  /** Passed the guardrails and was published; immutable from now on. */
  PUBLISHED,
  /** No longer in force, or withdrawn as a draft; kept for history. */
  RETIRED
}
