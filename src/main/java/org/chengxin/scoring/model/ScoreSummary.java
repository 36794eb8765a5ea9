package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is stored of a score: each dimension's score and rating, the composite and the key reason
 * codes, under one scheme version as of one day. The full explanation is recomputed from the same
 * records on read (the engine is deterministic), so a stored row stays small.
 *
 * @param composite null unless the scheme declares one
 * @param reasons the ranked reason codes, at most four
 */
public record ScoreSummary(
    String schemeId,
    int schemeVersion,
    LocalDate asOf,
    List<DimensionScore> dimensions,
    CompositeScore composite,
    List<String> reasons) {

  public ScoreSummary {
    Objects.requireNonNull(schemeId, "schemeId");
    Objects.requireNonNull(asOf, "asOf");
    dimensions = List.copyOf(dimensions);
    reasons = List.copyOf(reasons);
  }

  public static ScoreSummary of(ScoreResult result) {
    return new ScoreSummary(
        result.schemeId(),
        result.schemeVersion(),
        result.asOf(),
        result.dimensions(),
        result.composite(),
        result.reasons().stream().map(Reason::code).toList());
  }

  /** Whether a subject would see a different score: dimensions or composite differ. */
  public boolean sameScoreAs(ScoreSummary other) {
    return other != null
        && dimensions.equals(other.dimensions)
        && Objects.equals(composite, other.composite);
  }
}
