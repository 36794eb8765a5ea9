package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.ScoredRecordBuilder.CATALOG;
import static org.chengxin.scoring.model.ScoredRecordBuilder.record;

import java.time.LocalDate;
import java.util.List;
import org.chengxin.identity.model.SubjectKind;
import org.junit.jupiter.api.Test;

class ScoreTargetsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-30");
  private final CompiledScheme capped = CompiledScheme.compile(SchemeFixtures.capped(), CATALOG);
  private final ScoreTargets targets = new ScoreTargets(List.of(capped));

  @Test
  void aSubjectOutsideTheJurisdictionOrKindGetsNoScore() {
    assertThat(targets.score("x", SubjectKind.PERSON, "440305", List.of(), DAY)).isEmpty();
    assertThat(targets.score("x", SubjectKind.ENTERPRISE, "371082", List.of(), DAY)).isEmpty();
  }

  @Test
  void aCoveredSubjectGetsTheSummaryOfItsFullScore() {
    List<ScoredRecord> records =
        List.of(record("1", "public-utility-fees-late", "2024-01-10").build());

    List<SubjectScore> scores = targets.score("x", SubjectKind.PERSON, "371082", records, DAY);

    ScoreResult full = capped.score(records, DAY);
    assertThat(scores).containsExactly(new SubjectScore("x", ScoreSummary.of(full)));
    assertThat(scores.get(0).summary().dimensions().get(1).score()).isEqualTo(-9);
    assertThat(scores.get(0).summary().reasons()).containsExactly("FEES");
  }

  @Test
  void onlyTypesWithAConditionOrAUnitNeedTheirAttributesRead() {
    assertThat(targets.typesReadingAttributes())
        .containsExactlyInAnyOrder("bank-arrears-cycle", "loan-default", "volunteering");
  }

  @Test
  void aSummaryWithTheSameFiguresButOtherReasonsIsTheSameScore() {
    ScoreSummary a =
        new ScoreSummary(
            "s", 1, DAY, List.of(new DimensionScore("financial", 10, "A")), null, List.of("R1"));
    ScoreSummary later =
        new ScoreSummary(
            "s",
            2,
            DAY.plusDays(1),
            List.of(new DimensionScore("financial", 10, "A")),
            null,
            List.of("R2"));
    ScoreSummary lower =
        new ScoreSummary(
            "s", 1, DAY, List.of(new DimensionScore("financial", 9, "A")), null, List.of("R1"));

    assertThat(a.sameScoreAs(later)).isTrue();
    assertThat(a.sameScoreAs(lower)).isFalse();
    assertThat(a.sameScoreAs(null)).isFalse();
  }
}
