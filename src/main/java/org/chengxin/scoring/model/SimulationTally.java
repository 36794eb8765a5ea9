package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chengxin.identity.model.SubjectKind;

/**
 * Collects, subject by subject, the scores under a baseline and a draft, and sums them up into a
 * {@link SimulationReport}. Rating moves are judged by tier order: a higher tier is better.
 */
public final class SimulationTally {
  private static final int SAMPLES = 10;

  private final Scheme draft;
  private final Integer baselineVersion;
  private final LocalDate asOf;
  private final Map<String, Map<String, Integer>> rank = new HashMap<>();
  private final Map<String, Map<String, Long>> before = new TreeMap<>();
  private final Map<String, Map<String, Long>> after = new TreeMap<>();
  private final Map<String, long[]> moves = new TreeMap<>(); // dimension -> up, down, same
  private final Map<String, long[]> groups = new TreeMap<>(); // region|kind|dimension -> ...
  private final List<SimulationReport.Sample> samples = new ArrayList<>();
  private long subjects;

  public SimulationTally(Scheme draft, Integer baselineVersion, LocalDate asOf) {
    this.draft = draft;
    this.baselineVersion = baselineVersion;
    this.asOf = asOf;
    for (DimensionSpec d : draft.dimensions()) {
      List<Tier> sorted = new ArrayList<>(d.tiers());
      sorted.sort(Comparator.comparingLong(t -> t.from() == null ? Long.MIN_VALUE : t.from()));
      Map<String, Integer> order = new HashMap<>();
      for (int i = 0; i < sorted.size(); i++) {
        order.put(sorted.get(i).rating(), i);
      }
      rank.put(d.id(), order);
    }
  }

  /** One subject: its scores under the baseline (null when none applies) and the draft. */
  public void add(
      String subject, SubjectKind kind, String region, ScoreResult old, ScoreResult now) {
    subjects++;
    int change = 0;
    for (DimensionScore d : now.dimensions()) {
      after.computeIfAbsent(d.dimension(), k -> new TreeMap<>()).merge(d.rating(), 1L, Long::sum);
      DimensionScore was = old == null ? null : find(old, d.dimension());
      if (was == null) {
        continue;
      }
      before
          .computeIfAbsent(d.dimension(), k -> new TreeMap<>())
          .merge(was.rating(), 1L, Long::sum);
      int move =
          Integer.signum(order(d) - order(new DimensionScore(d.dimension(), 0, was.rating())));
      int slot = move > 0 ? 0 : move < 0 ? 1 : 2;
      moves.computeIfAbsent(d.dimension(), k -> new long[3])[slot]++;
      groups.computeIfAbsent(region + "|" + kind + "|" + d.dimension(), k -> new long[3])[slot]++;
      change += Math.abs(d.score() - was.score());
    }
    if (old != null && change > 0) {
      sample(
          new SimulationReport.Sample(
              subject,
              region,
              change,
              old.dimensions(),
              now.dimensions(),
              old.reasons(),
              now.reasons()));
    }
  }

  public SimulationReport report() {
    List<SimulationReport.DimensionShift> dims = new ArrayList<>();
    for (DimensionSpec d : draft.dimensions()) {
      long[] m = moves.getOrDefault(d.id(), new long[3]);
      dims.add(
          new SimulationReport.DimensionShift(
              d.id(),
              before.getOrDefault(d.id(), Map.of()),
              after.getOrDefault(d.id(), Map.of()),
              m[0],
              m[1],
              m[2]));
    }
    List<SimulationReport.GroupShift> byGroup = new ArrayList<>();
    groups.forEach((key, m) -> {
      String[] k = key.split("\\|");
      byGroup.add(new SimulationReport.GroupShift(k[0], k[1], k[2], m[0], m[1], m[2]));
    });
    return new SimulationReport(
        draft.id(),
        draft.version(),
        baselineVersion,
        asOf,
        subjects,
        dims,
        byGroup,
        List.copyOf(samples));
  }

  private void sample(SimulationReport.Sample s) {
    samples.add(s);
    samples.sort(
        Comparator.comparingInt(SimulationReport.Sample::change)
            .reversed()
            .thenComparing(SimulationReport.Sample::subject));
    if (samples.size() > SAMPLES) {
      samples.remove(samples.size() - 1);
    }
  }

  private int order(DimensionScore d) {
    return rank.getOrDefault(d.dimension(), Map.of()).getOrDefault(d.rating(), -1);
  }

  private static DimensionScore find(ScoreResult r, String dimension) {
    for (DimensionScore d : r.dimensions()) {
      if (d.dimension().equals(dimension)) {
        return d;
      }
    }
    return null;
  }
}
