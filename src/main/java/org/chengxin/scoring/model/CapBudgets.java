package org.chengxin.scoring.model;

/**
 * What is left of each rule's per-year and lifetime caps during one scoring run. Records arrive in
 * event-date order, so one "current year" per rule suffices: a new year resets that rule's yearly
 * budget. Budgets are whole points, so rounded contributions can never exceed a cap.
 */
final class CapBudgets {

  private final long[] lifetimeLeft;
  private final int[] year;
  private final long[] yearLeft;

  CapBudgets(CompiledRule[] rules) {
    lifetimeLeft = new long[rules.length];
    year = new int[rules.length];
    yearLeft = new long[rules.length];
    for (CompiledRule rule : rules) {
      lifetimeLeft[rule.index()] = rule.lifetimeCap();
      year[rule.index()] = Integer.MIN_VALUE;
    }
  }

  /** The part of {@code points} the caps still allow, with its sign; the budgets shrink by it. */
  int take(CompiledRule rule, int eventYear, int points) {
    int i = rule.index();
    if (year[i] != eventYear) {
      year[i] = eventYear;
      yearLeft[i] = rule.perYearCap();
    }
    long allowed = Math.min(Math.abs((long) points), Math.min(yearLeft[i], lifetimeLeft[i]));
    yearLeft[i] -= allowed;
    lifetimeLeft[i] -= allowed;
    return (int) (points < 0 ? -allowed : allowed);
  }
}
