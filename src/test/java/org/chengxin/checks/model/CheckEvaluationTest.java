package org.chengxin.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.junit.jupiter.api.Test;

class CheckEvaluationTest {
  private static final LocalDate END = LocalDate.parse("2028-05-01");

  private static Measure measure(String code, Trigger trigger, Effect effect) {
    return new Measure(
        code,
        "措施",
        "Measure " + code,
        Measure.Kind.PENALTY,
        "air-travel",
        CreditDomain.JUDICIAL,
        "basis of " + code,
        trigger,
        effect,
        true);
  }

  private static final Measure FLIGHTS =
      measure("no-flights", new Trigger.OnList("judgment-defaulters"), new Effect.Restriction());
  private static final Measure INSPECTION =
      measure(
          "inspect",
          new Trigger.Rating("customs-enterprise", "financial", Set.of("dishonest")),
          new Effect.Rate("inspection-rate", 80));
  private static final Measure BY_RECORD =
      measure(
          "by-record",
          new Trigger.RecordOfType("court-judgment-unperformed"),
          new Effect.Restriction());

  private static CheckFacts facts(
      Map<String, CheckFacts.ActiveEntry> entries, Map<String, String> ratings, Set<String> types) {
    return new CheckFacts("s", entries, ratings, types);
  }

  @Test
  void anActiveEntryTriggersItsListsMeasureWithTheEntryTheBasisAndTheEnd() {
    CheckOutcome o =
        CheckEvaluation.evaluate(
            List.of(FLIGHTS),
            facts(
                Map.of("judgment-defaulters", new CheckFacts.ActiveEntry("le-1", END)),
                Map.of(),
                Set.of()));

    AppliedMeasure a = o.applied().get(0);
    assertThat(o).isInstanceOf(CheckOutcome.MeasuresApply.class);
    assertThat(a.code()).isEqualTo("no-flights");
    assertThat(a.listEntry()).isEqualTo("le-1");
    assertThat(a.endsOn()).isEqualTo(END);
    assertThat(a.legalBasis()).isEqualTo("basis of no-flights");
    assertThat(a.because()).contains("judgment-defaulters");
  }

  @Test
  void aRatingTriggersOnlyInItsTiers() {
    String key = CheckFacts.ratingKey("customs-enterprise", "financial");

    CheckOutcome dishonest =
        CheckEvaluation.evaluate(
            List.of(INSPECTION), facts(Map.of(), Map.of(key, "dishonest"), Set.of()));
    CheckOutcome regular =
        CheckEvaluation.evaluate(
            List.of(INSPECTION), facts(Map.of(), Map.of(key, "regular"), Set.of()));

    assertThat(((Effect.Rate) dishonest.applied().get(0).effect()).percent()).isEqualTo(80.0);
    assertThat(dishonest.applied().get(0).because()).contains("dishonest");
    assertThat(regular).isInstanceOf(CheckOutcome.NoneApply.class);
  }

  @Test
  void aRecordTypeTriggersWhileSuchARecordIsCurrent() {
    assertThat(
            CheckEvaluation.evaluate(
                    List.of(BY_RECORD),
                    facts(Map.of(), Map.of(), Set.of("court-judgment-unperformed")))
                .applied())
        .extracting(AppliedMeasure::code)
        .containsExactly("by-record");
    assertThat(CheckEvaluation.evaluate(List.of(BY_RECORD), facts(Map.of(), Map.of(), Set.of())))
        .isInstanceOf(CheckOutcome.NoneApply.class);
  }

  @Test
  void aListMeasureFallsOnThePersonAnsweringForAListedOrganisationWhereItSaysSo() {
    Measure procurement =
        new Measure(
            "no-bids",
            "禁止投标",
            "No bids",
            Measure.Kind.PENALTY,
            "air-travel",
            CreditDomain.JUDICIAL,
            "basis",
            new Trigger.OnList("judgment-defaulters"),
            new Effect.Restriction(),
            false);
    CheckFacts representative =
        new CheckFacts(
            "person",
            Map.of(),
            Map.of(),
            Set.of(),
            List.of(
                new CheckFacts.RepresentedEntry(
                    "91110000600037341L",
                    "legal representative",
                    "judgment-defaulters",
                    new CheckFacts.ActiveEntry("le-9", END))));

    CheckOutcome o = CheckEvaluation.evaluate(List.of(FLIGHTS, procurement), representative);

    assertThat(o.applied()).extracting(AppliedMeasure::code).containsExactly("no-flights");
    assertThat(o.applied().get(0).because())
        .isEqualTo(
            "legal representative of 91110000600037341L, which has an active entry on"
                + " judgment-defaulters");
    assertThat(o.applied().get(0).listEntry()).isEqualTo("le-9");
  }

  @Test
  void aSubjectOnNoListWithNoRatingGetsNoneApply() {
    CheckOutcome o =
        CheckEvaluation.evaluate(
            List.of(FLIGHTS, INSPECTION, BY_RECORD), facts(Map.of(), Map.of(), Set.of()));

    assertThat(o).isInstanceOf(CheckOutcome.NoneApply.class);
    assertThat(o.applied()).isEmpty();
  }
}
