package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.chengxin.scoring.model.SchemeFixtures.ABC;
import static org.chengxin.scoring.model.SchemeFixtures.OPEN;
import static org.chengxin.scoring.model.SchemeFixtures.dimension;
import static org.chengxin.scoring.model.SchemeFixtures.rule;
import static org.chengxin.scoring.model.SchemeFixtures.scheme;
import static org.chengxin.scoring.model.ScoredRecordBuilder.CATALOG;
import static org.chengxin.scoring.model.ScoredRecordBuilder.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledSchemeTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

  @Test
  void pointsHalveEveryHalfLifeAndRoundHalfAwayFromZero() {
    CompiledScheme scheme =
        single(rule("r", "loan-default", "financial", -25, null, Caps.NONE, Period.ofYears(1)));
    ScoredRecord loan = record("a", "loan-default", "2024-06-30").with("amount", 10).build();

    // 365 days at a 365.2425-day half-life: −25 × 0.50023 = −12.506 → −13; on day 0 exactly −25.
    Contribution aYearOn = scheme.score(List.of(loan), AS_OF).contributions().getFirst();
    assertThat(aYearOn.afterCaps()).isEqualByComparingTo("-25");
    assertThat(aYearOn.afterDecay()).isEqualTo(-13);
    assertThat(
            scheme
                .score(List.of(loan), LocalDate.parse("2024-06-30"))
                .dimension("financial")
                .score())
        .isEqualTo(-25);
  }

  @Test
  void aConditionOnAnAttributeSelectsTheRecordsARuleAppliesTo() {
    CompiledScheme scheme = CompiledScheme.compile(SchemeFixtures.capped(), CATALOG);
    ScoreResult result =
        scheme.score(
            List.of(
                record("small", "loan-default", "2025-01-01").with("amount", 999.99).build(),
                record("large", "loan-default", "2025-01-02").with("amount", 1000).build(),
                record("none", "loan-default", "2025-01-03").build()),
            LocalDate.parse("2025-01-03"));

    assertThat(result.contributions()).extracting(Contribution::recordId).containsExactly("large");
  }

  @Test
  void aRecordUnderObjectionCountsWhenFrozenAndNotWhenSuspended() {
    ScoredRecord contested =
        record("x", "public-utility-fees-late", "2025-01-01").underObjection().build();
    Scheme frozen = SchemeFixtures.capped();
    Scheme suspended =
        new Scheme(
            frozen.id(),
            2,
            frozen.title(),
            frozen.jurisdiction(),
            frozen.subjectKinds(),
            frozen.effectiveFrom(),
            frozen.dimensions(),
            frozen.rules(),
            null,
            ObjectionPolicy.SUSPENDED);

    assertThat(score(frozen, contested).dimension("social").score()).isEqualTo(-9);
    assertThat(score(suspended, contested).dimension("social").score()).isZero();
  }

  @Test
  void aRepairedRecordNoLongerCounts() {
    ScoredRecord repaired =
        record("x", "public-utility-fees-late", "2025-01-01").repaired().build();

    assertThat(score(SchemeFixtures.capped(), repaired).contributions()).isEmpty();
  }

  @Test
  void aCompositeIsTheWeightedSumRoundedOnce() {
    Scheme scheme =
        scheme(
            List.of(dimension("financial", 101, OPEN), dimension("social", 0, OPEN)),
            List.of(),
            new Composite(SchemeFixtures.weights("financial", 50, "social", 50), ABC));

    // 101 × 0.5 + 0 × 0.5 = 50.5 → 51 → A
    assertThat(CompiledScheme.compile(scheme, CATALOG).score(List.of(), AS_OF).composite())
        .isEqualTo(new CompositeScore(51, "A"));
  }

  @Test
  void atMostFourReasonsAreGivenLargestImpactFirstTiesByCode() {
    List<Rule> rules =
        List.of(
            rule("b", "loan-default", "financial", -20, null, Caps.NONE, null),
            rule("a", "tax-arrears", "financial", -20, null, Caps.NONE, null),
            rule("c", "volunteering", "social", 30, null, Caps.NONE, null),
            rule("d", "blood-donation", "social", 5, null, Caps.NONE, null),
            rule("e", "public-utility-fees-late", "social", -1, null, Caps.NONE, null));
    CompiledScheme scheme =
        CompiledScheme.compile(
            scheme(
                List.of(dimension("financial", 0, OPEN), dimension("social", 0, OPEN)),
                rules,
                null),
            CATALOG);
    List<ScoredRecord> records =
        List.of(
            record("1", "loan-default", "2025-01-01").build(),
            record("2", "tax-arrears", "2025-01-01").build(),
            record("3", "volunteering", "2025-01-01").build(),
            record("4", "blood-donation", "2025-01-01").build(),
            record("5", "public-utility-fees-late", "2025-01-01").build());

    assertThat(scheme.score(records, AS_OF).reasons())
        .extracting(Reason::code, Reason::points)
        .containsExactly(tuple("C", 30), tuple("A", -20), tuple("B", -20), tuple("D", 5));
  }

  @Test
  void aScoreInAGapBetweenTiersIsABrokenInvariant() {
    CompiledScheme scheme =
        CompiledScheme.compile(
            scheme(
                List.of(
                    dimension(
                        "financial",
                        0,
                        List.of(new Tier("low", null, 0), new Tier("high", 10, null)))),
                List.of(),
                null),
            CATALOG);

    assertThatThrownBy(() -> scheme.score(List.of(), AS_OF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dimension 'financial'")
        .hasMessageContaining("score 0 falls in no tier");
  }

  @Test
  void compilingRefusesWhatTheCatalogCannotBackNamingTheRule() {
    assertThatThrownBy(
            () -> single(rule("r", "jaywalking", "financial", -5, null, Caps.NONE, null)))
        .hasMessageContaining("rule 'r'")
        .hasMessageContaining("'jaywalking' is not in");
    assertThatThrownBy(() ->
            single(
                new Rule(
                    "r",
                    null,
                    null,
                    "loan-default",
                    List.of(new Condition("amout", Condition.Comparison.GE, "1")),
                    "financial",
                    -5,
                    null,
                    null,
                    null)))
        .hasMessageContaining("condition 'amout >= 1'");
    assertThatThrownBy(
            () -> single(rule("r", "volunteering", "financial", 1, "recipient", Caps.NONE, null)))
        .hasMessageContaining("perUnitOf 'recipient'");
    assertThatThrownBy(
            () -> single(rule("r", "loan-default", "financial", -5, null, Caps.NONE, Period.ZERO)))
        .hasMessageContaining("halfLife must be positive");
  }

  @Test
  void twoRecordsWithOneIdCannotBeOrderedAndAreRefused() {
    CompiledScheme scheme = CompiledScheme.compile(SchemeFixtures.capped(), CATALOG);
    ScoredRecord a = record("same", "public-utility-fees-late", "2025-01-01").build();
    ScoredRecord b =
        record("same", "public-utility-fees-late", "2025-01-01").with("months", 2).build();

    assertThatThrownBy(() -> scheme.score(List.of(a, b), AS_OF))
        .hasMessageContaining("record id same repeats");
  }

  private static CompiledScheme single(Rule rule) {
    return CompiledScheme.compile(
        scheme(List.of(dimension("financial", 0, OPEN)), List.of(rule), null), CATALOG);
  }

  private static ScoreResult score(Scheme scheme, ScoredRecord record) {
    return CompiledScheme.compile(scheme, CATALOG).score(List.of(record), AS_OF);
  }
}
