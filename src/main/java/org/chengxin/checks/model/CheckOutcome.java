package org.chengxin.checks.model;

import java.util.List;

/** A check's answer for one purpose: the measures that apply, or that none do. */
public sealed interface CheckOutcome {
  record MeasuresApply(List<AppliedMeasure> measures) implements CheckOutcome {
    public MeasuresApply {
      measures = List.copyOf(measures);
      if (measures.isEmpty()) {
        throw new IllegalArgumentException("no measure applies: answer NoneApply");
      }
    }
  }

  record NoneApply() implements CheckOutcome {}

  default List<AppliedMeasure> applied() {
    return this instanceof MeasuresApply m ? m.measures() : List.of();
  }
}
