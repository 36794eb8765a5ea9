package org.chengxin.checks.model;

/** What a measure does when it applies. */
public sealed interface Effect {
  /** The relying party may not act (sell the ticket, admit the bid, grant the licence). */
  record Restriction() implements Effect {}

  /** The relying party acts with this rate, e.g. the share of declarations customs inspects. */
  record Rate(String parameter, double percent) implements Effect {
    public Rate {
      Measure.require(parameter, "parameter");
      if (!(percent >= 0 && percent <= 100)) {
        throw new IllegalArgumentException(parameter + ": a rate is a percentage from 0 to 100");
      }
    }
  }

  /** A benefit granted (deposit waived, fast track). */
  record Benefit() implements Effect {}
}
