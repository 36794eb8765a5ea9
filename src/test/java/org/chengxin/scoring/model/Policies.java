package org.chengxin.scoring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;

/** Test data: the default national policy with one thing changed. */
final class Policies {

  private static final NationalPolicy BASE = NationalPolicy.defaults();

  private Policies() {}

  static NationalPolicy scoringMinorNegativeRecords() {
    return copy(BASE.scorable(), BASE.allowedCrossDomain(), true);
  }

  /** A region that keeps minor negative records unpublished, so its schemes may not score them. */
  static NationalPolicy notScoringMinorNegativeRecords() {
    return copy(BASE.scorable(), BASE.allowedCrossDomain(), false);
  }

  static NationalPolicy allowing(CreditDomain domain, String dimension) {
    List<DomainDimension> pairs = new ArrayList<>(BASE.allowedCrossDomain());
    pairs.add(new DomainDimension(domain, dimension));
    return copy(BASE.scorable(), pairs, BASE.scoreMinorNegativeRecords());
  }

  static NationalPolicy scoring(ScorableTypes scorable) {
    return copy(scorable, BASE.allowedCrossDomain(), BASE.scoreMinorNegativeRecords());
  }

  static ScorableTypes only(String... types) {
    return new ScorableTypes.Only(Set.of(types));
  }

  static ScorableTypes allExcept(String... types) {
    return new ScorableTypes.AllExcept(Set.of(types));
  }

  private static NationalPolicy copy(
      ScorableTypes scorable, List<DomainDimension> pairs, boolean minor) {
    return new NationalPolicy(
        BASE.version(),
        scorable,
        BASE.maxPointsPerRecord(),
        BASE.domainDimensions(),
        pairs,
        BASE.reservedDimensions(),
        BASE.requiredDimensions(),
        minor);
  }
}
