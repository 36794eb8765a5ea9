package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.ScoredRecordBuilder.CATALOG;
import static org.chengxin.scoring.model.ScoredRecordBuilder.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.Contribution;
import org.chengxin.scoring.model.DimensionScore;
import org.chengxin.scoring.model.Reason;
import org.chengxin.scoring.model.ScoreResult;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.store.SchemeYaml;
import org.junit.jupiter.api.Test;

/** Hand-worked examples on the shipped Rongcheng scheme; docs/schemes.md quotes the first. */
class RongchengExamplesTest {
  private static final CompiledScheme RONGCHENG =
      CompiledScheme.compile(SchemeYaml.readShipped("rongcheng-personal"), CATALOG);
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @Test
  void twoOverdueBankCyclesAndCourtConfirmedUtilityArrears() {
    ScoreResult result =
        score(
            record("r1", "bank-arrears-cycle", "2025-03-10").with("cycles", 2).build(),
            record("r2", "court-confirmed-utility-arrears", "2025-04-02").build());

    // financial 1000 − 10 × 2 = 980 → A [960, 1030); social 1000 − 50 = 950 → B [850, 960)
    assertThat(result.dimensions())
        .containsExactly(
            new DimensionScore("financial", 980, "A"), new DimensionScore("social", 950, "B"));
    assertThat(result.composite()).isNull();
    assertThat(result.contributions())
        .containsExactly(
            new Contribution(
                "r1",
                "rc-bank-arrears",
                "RC-F03",
                "financial",
                "bank-arrears-cycle",
                new BigDecimal("-20"),
                new BigDecimal("-20"),
                -20,
                -20,
                basisOf("bank-arrears-cycle")),
            new Contribution(
                "r2",
                "rc-utility-arrears-judgment",
                "RC-S02",
                "social",
                "court-confirmed-utility-arrears",
                new BigDecimal("-50"),
                new BigDecimal("-50"),
                -50,
                -50,
                basisOf("court-confirmed-utility-arrears")));
    assertThat(result.reasons())
        .containsExactly(
            new Reason(
                "RC-S02", "Court-confirmed arrears on public-service fees", -50, List.of("r2")),
            new Reason("RC-F03", "Bank arrears, per overdue monthly cycle", -20, List.of("r1")));
  }

  @Test
  void threeOverdueCyclesAreCappedAtTheTwentyPointsOfAMinorRecord() {
    ScoreResult result =
        score(record("r1", "bank-arrears-cycle", "2025-03-10").with("cycles", 3).build());

    Contribution line = result.contributions().getFirst();
    assertThat(line.rawPoints()).isEqualByComparingTo("-30");
    assertThat(line.afterCaps()).isEqualByComparingTo("-20");
    assertThat(line.finalPoints()).isEqualTo(-20);
    assertThat(result.dimension("financial").score()).isEqualTo(980);
  }

  @Test
  void volunteeringBeyondTheYearlyCapCountsOnlyUpToIt() {
    ScoreResult result =
        score(
            record("v1", "volunteering", "2024-12-01").with("hours", 8).build(),
            record("v2", "volunteering", "2025-02-01").with("hours", 12).build(),
            record("v3", "volunteering", "2025-03-01").with("hours", 25.5).build(),
            record("v4", "volunteering", "2025-04-01").with("hours", 10).build());

    // 2024: +8. 2025: +12, then 25.5 h capped at 20 per record, then the 30-point year is full
    // after 12 + 18, so v3 gives 18 and v4 nothing. Social 1000 + 8 + 12 + 18 = 1038 → AA.
    assertThat(result.contributions())
        .extracting(
            Contribution::recordId,
            c -> c.rawPoints().toPlainString(),
            c -> c.afterCaps().toPlainString(),
            Contribution::afterDecay,
            Contribution::finalPoints)
        .containsExactly(
            Tuple.tuple("v1", "8", "8", 8, 8),
            Tuple.tuple("v2", "12", "12", 12, 12),
            Tuple.tuple("v3", "25.5", "20", 20, 18),
            Tuple.tuple("v4", "10", "10", 10, 0));
    assertThat(result.dimension("social")).isEqualTo(new DimensionScore("social", 1038, "AA"));
    assertThat(result.dimension("financial")).isEqualTo(new DimensionScore("financial", 1000, "A"));
    assertThat(result.reasons())
        .containsExactly(
            new Reason("RC-S90", "Volunteer service, per hour", 38, List.of("v1", "v2", "v3")));
  }

  @Test
  void aCorrectedRecordCountsOnlyInItsCorrectionAndARevokedOneNotAtAll() {
    ScoreResult result =
        score(
            record("L1", "loan-default", "2025-01-15").status(VersionStatus.CORRECTED).build(),
            record("L2", "loan-default", "2025-01-15").action(RecordAction.CORRECT).build(),
            record("J1", "judgment-breach-of-contract", "2025-02-01")
                .status(VersionStatus.REVOKED)
                .build(),
            record("J2", "judgment-breach-of-contract", "2025-02-01")
                .action(RecordAction.REVOKE)
                .status(VersionStatus.REVOKED)
                .build());

    assertThat(result.dimension("financial")).isEqualTo(new DimensionScore("financial", 980, "A"));
    assertThat(result.contributions()).extracting(Contribution::recordId).containsExactly("L2");
  }

  @Test
  void lateFeesCountUntilTheLastDayOfTheirPublicityYearAndNeverAfter() {
    // Event 2024-03-01, maximum publicity P1Y: the record counts up to 2025-02-28 inclusive.
    ScoredRecord late = record("f1", "public-utility-fees-late", "2024-03-01").build();

    ScoreResult before = RONGCHENG.score(List.of(late), LocalDate.parse("2025-02-28"));
    ScoreResult after = RONGCHENG.score(List.of(late), LocalDate.parse("2025-03-01"));

    assertThat(before.dimension("social")).isEqualTo(new DimensionScore("social", 980, "A"));
    assertThat(after.dimension("social")).isEqualTo(new DimensionScore("social", 1000, "A"));
    assertThat(after.contributions()).isEmpty();
    assertThat(after.reasons()).isEmpty();
  }

  @Test
  void aThinFileGetsTheBaseScoreAndRatingInEveryDimension() {
    ScoreResult result = score();

    assertThat(result.dimensions())
        .containsExactly(
            new DimensionScore("financial", 1000, "A"), new DimensionScore("social", 1000, "A"));
    assertThat(result.contributions()).isEmpty();
  }

  @Test
  void socialRecordsNeverMoveTheFinancialDimension() {
    ScoreResult result =
        score(
            record("d1", "public-utility-damage", "2025-01-05").build(),
            record("d2", "utility-theft", "2025-01-06").build(),
            record("d3", "public-utility-fees-late", "2025-01-07").build());

    // 1000 − 100 − 50 − 20 = 830 → C [600, 850)
    assertThat(result.dimension("social")).isEqualTo(new DimensionScore("social", 830, "C"));
    assertThat(result.dimension("financial").score()).isEqualTo(1000);
  }

  private static ScoreResult score(ScoredRecord... records) {
    return RONGCHENG.score(List.of(records), AS_OF);
  }

  private static String basisOf(String type) {
    return CATALOG.find(type).orElseThrow().legalBasis();
  }
}
