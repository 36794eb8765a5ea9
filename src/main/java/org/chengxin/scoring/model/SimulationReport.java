package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a draft scheme would do to the current population: rating distributions before (under the
 * published version of the same scheme, if any) and after, how many subjects move up or down a
 * rating, by region and subject kind, and the subjects that move most with both explanations.
 *
 * @param baselineVersion the published version compared against; null when there is none
 */
public record SimulationReport(
    String schemeId,
    int draftVersion,
    Integer baselineVersion,
    LocalDate asOf,
    long subjects,
    List<DimensionShift> dimensions,
    List<GroupShift> groups,
    List<Sample> samples) {

  /** One dimension across the population; {@code before} is empty without a baseline. */
  public record DimensionShift(
      String dimension,
      Map<String, Long> before,
      Map<String, Long> after,
      long up,
      long down,
      long same) {}

  /** Movements in one region (county code) and subject kind, for one dimension. */
  public record GroupShift(
      String region, String kind, String dimension, long up, long down, long same) {}

  /** A subject whose scores move most, with the reasons before and after. */
  public record Sample(
      String subject,
      String region,
      int change,
      List<DimensionScore> before,
      List<DimensionScore> after,
      List<Reason> reasonsBefore,
      List<Reason> reasonsAfter) {}
}
