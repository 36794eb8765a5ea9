package org.chengxin.scoring.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A dimension's (or the composite's) tiers sorted by lower bound, for a binary-search lookup. The
 * guardrails make published tiers cover every score exactly once; a score that finds no tier here
 * therefore means a broken invariant and is thrown, never guessed.
 */
final class TierTable {

  private final String owner;
  private final Tier[] tiers;
  private final long[] lows;

  TierTable(String owner, List<Tier> tiers) {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException(owner + ": needs at least one tier");
    }
    this.owner = owner;
    this.tiers =
        tiers.stream().sorted(Comparator.comparingLong(TierTable::low)).toArray(Tier[]::new);
    this.lows = Arrays.stream(this.tiers).mapToLong(TierTable::low).toArray();
  }

  /**
   * @throws IllegalStateException if no tier contains the score (the tiers have a gap)
   */
  String rating(int score) {
    int at = Arrays.binarySearch(lows, score);
    // Not found: binarySearch answers -(insertion point) - 1; the tier before that point may hold
    // it.
    int index = at >= 0 ? lastWithLow(at) : -at - 2;
    if (index < 0 || !tiers[index].contains(score)) {
      throw new IllegalStateException(owner + ": score " + score + " falls in no tier");
    }
    return tiers[index].rating();
  }

  // Equal lower bounds only occur in overlapping (refused) tiers; take the last for determinism.
  private int lastWithLow(int at) {
    while (at + 1 < lows.length && lows[at + 1] == lows[at]) {
      at++;
    }
    return at;
  }

  private static long low(Tier tier) {
    return tier.from() == null ? Long.MIN_VALUE : tier.from();
  }
}
