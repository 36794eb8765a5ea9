package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;

/**
 * The scheme versions whose stored scores must follow every new record: the one each scheme's
 * readers see, and the one a running full rescore is building.
 */
public record ScoreTargets(List<CompiledScheme> schemes) {
  public ScoreTargets {
    schemes = List.copyOf(schemes);
  }

  public boolean isEmpty() {
    return schemes.isEmpty();
  }

  /** Every record type whose attributes one of the schemes reads. */
  public Set<String> typesReadingAttributes() {
    Set<String> types = new HashSet<>();
    for (CompiledScheme scheme : schemes) {
      types.addAll(scheme.typesReadingAttributes());
    }
    return types;
  }

  /** The subject's score under each target scheme that covers it. */
  public List<SubjectScore> score(
      String subject, SubjectKind kind, String region, List<ScoredRecord> records, LocalDate asOf) {
    List<SubjectScore> out = new ArrayList<>(schemes.size());
    for (CompiledScheme scheme : schemes) {
      if (scheme.covers(kind, region)) {
        out.add(new SubjectScore(subject, ScoreSummary.of(scheme.score(records, asOf))));
      }
    }
    return out;
  }
}
