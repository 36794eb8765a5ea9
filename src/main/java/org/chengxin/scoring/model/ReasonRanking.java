package org.chengxin.scoring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns contributions into key reasons: net points per reason code, largest absolute impact first,
 * ties by code, so the same contributions always give the same reasons. A code whose points netted
 * to zero (capped out, decayed away) explains nothing and is left out.
 */
final class ReasonRanking {

  static final int MAX_REASONS = 4;

  private static final Comparator<Reason> BY_IMPACT =
      Comparator.comparingLong((Reason r) -> -Math.abs((long) r.points()))
          .thenComparing(Reason::code);

  // A code shared by several rules is described by the first of them in the scheme.
  private final Map<String, String> descriptions = new HashMap<>();

  ReasonRanking(List<Rule> rules) {
    rules.forEach(rule -> descriptions.putIfAbsent(rule.reasonCode(), rule.description()));
  }

  List<Reason> top(List<Contribution> contributions) {
    Map<String, Long> points = new LinkedHashMap<>();
    Map<String, Set<String>> records = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      if (c.finalPoints() != 0) {
        points.merge(c.reasonCode(), (long) c.finalPoints(), Long::sum);
        records.computeIfAbsent(c.reasonCode(), k -> new LinkedHashSet<>()).add(c.recordId());
      }
    }
    List<Reason> reasons = new ArrayList<>();
    points.forEach((code, sum) -> {
      if (sum != 0) {
        int net = Math.clamp(sum, Integer.MIN_VALUE, Integer.MAX_VALUE);
        reasons.add(new Reason(code, descriptions.get(code), net, List.copyOf(records.get(code))));
      }
    });
    reasons.sort(BY_IMPACT);
    return reasons.size() > MAX_REASONS ? List.copyOf(reasons.subList(0, MAX_REASONS)) : reasons;
  }
}
