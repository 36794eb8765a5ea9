package org.chengxin.lists.model;

import java.time.Period;
import java.util.Objects;

/** A step someone (or the scheduler) asks an entry to take. */
public sealed interface EntryStep {
  /** The subject has been told: PROPOSED → NOTIFIED. */
  record Notify() implements EntryStep {}

  /** NOTIFIED → ACTIVE, once the objection window is over (or at once where the policy says). */
  record Activate() implements EntryStep {}

  /** Any open state → REMOVED, on a ground. */
  record Remove(RemovalGround ground) implements EntryStep {
    public Remove {
      Objects.requireNonNull(ground, "ground");
    }
  }

  /** ACTIVE → EXPIRED, once its end has come. */
  record Expire() implements EntryStep {}

  /** ACTIVE stays ACTIVE, its end moved later within the policy's extension limit. */
  record Extend(Period by) implements EntryStep {
    public Extend {
      Objects.requireNonNull(by, "by");
    }
  }
}
