package org.chengxin.scoring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that tiers rate every integer score exactly once. Tiers may be listed from low to high or
 * from high to low (AAA first reads naturally), but in one direction.
 */
final class TierChecks {

  private static final Comparator<Tier> BY_RANGE =
      Comparator.comparingLong(TierChecks::low).thenComparingLong(TierChecks::high);

  private TierChecks() {}

  /**
   * @param base the score of a subject with no records, or null for a composite
   */
  static void check(String at, List<Tier> tiers, Integer base, List<SchemeViolation> out) {
    if (tiers.isEmpty()) {
      out.add(Guardrail.TIERS_MISSING.byScheme(at, "no tiers are declared"));
      return;
    }
    Set<String> ratings = new HashSet<>();
    tiers.stream()
        .filter(tier -> !ratings.add(tier.rating()))
        .forEach(tier ->
            out.add(
                Guardrail.DUPLICATE_RATING.byScheme(
                    at, "rating " + tier.rating() + " names two tiers")));
    if (!ordered(tiers)) {
      out.add(Guardrail.TIERS_ORDER.byScheme(at, "tiers are listed out of score order"));
    }
    coverage(at, tiers.stream().sorted(BY_RANGE).toList(), out);
    if (base != null && tiers.stream().noneMatch(tier -> tier.contains(base))) {
      out.add(Guardrail.BASE_OUTSIDE_TIERS.byScheme(at, "base " + base + " falls in no tier"));
    }
  }

  // Walks the tiers by lower bound, keeping the tier that reaches highest so far: a tier starting
  // below that reach overlaps it, one starting above it leaves a gap.
  private static void coverage(String at, List<Tier> sorted, List<SchemeViolation> out) {
    Tier reaching = sorted.get(0);
    if (reaching.from() != null) {
      out.add(
          Guardrail.TIERS_OPEN_ENDED.byScheme(
              at, "scores below " + reaching.from() + " have no rating"));
    }
    for (Tier next : sorted.subList(1, sorted.size())) {
      if (low(next) < high(reaching)) {
        out.add(
            Guardrail.TIERS_OVERLAP.byScheme(
                at,
                "tiers " + reaching.rating() + " and " + next.rating() + " both rate some scores"));
      } else if (low(next) > high(reaching)) {
        out.add(
            Guardrail.TIERS_GAP.byScheme(
                at,
                "scores from "
                    + reaching.below()
                    + " to "
                    + (next.from() - 1)
                    + " have no rating (between tiers "
                    + reaching.rating()
                    + " and "
                    + next.rating()
                    + ")"));
      }
      reaching = high(next) > high(reaching) ? next : reaching;
    }
    if (reaching.below() != null) {
      out.add(
          Guardrail.TIERS_OPEN_ENDED.byScheme(
              at, "scores from " + reaching.below() + " up have no rating"));
    }
  }

  private static boolean ordered(List<Tier> tiers) {
    List<Tier> ascending = new ArrayList<>(tiers);
    ascending.sort(BY_RANGE);
    return tiers.equals(ascending) || tiers.equals(ascending.reversed());
  }

  private static long low(Tier tier) {
    return tier.from() == null ? Long.MIN_VALUE : tier.from();
  }

  private static long high(Tier tier) {
    return tier.below() == null ? Long.MAX_VALUE : tier.below();
  }
}
