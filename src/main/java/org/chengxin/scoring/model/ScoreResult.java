package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A subject's scores under one scheme version on one day, with the explanation that is part of
 * every answer (DESIGN principle 3): every contributing record and the ranked key reasons.
 *
 * @param dimensions in the scheme's order
 * @param composite null unless the scheme declares a composite
 * @param contributions in the order the engine applied them: event date, record id, rule order
 * @param reasons at most four, by absolute impact, ties by code; zero-impact codes left out
 */
public record ScoreResult(
    String schemeId,
    int schemeVersion,
    LocalDate asOf,
    List<DimensionScore> dimensions,
    CompositeScore composite,
    List<Contribution> contributions,
    List<Reason> reasons) {

  public ScoreResult {
    dimensions = List.copyOf(dimensions);
    contributions = List.copyOf(contributions);
    reasons = List.copyOf(reasons);
  }

  /**
   * @throws NoSuchElementException if the scheme has no such dimension
   */
  public DimensionScore dimension(String id) {
    for (DimensionScore score : dimensions) {
      if (score.dimension().equals(id)) {
        return score;
      }
    }
    throw new NoSuchElementException("scheme " + schemeId + " has no dimension '" + id + "'");
  }
}
