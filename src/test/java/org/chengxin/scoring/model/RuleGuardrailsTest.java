package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.SchemeBuilder.CATALOG;
import static org.chengxin.scoring.model.SchemeBuilder.perUnit;
import static org.chengxin.scoring.model.SchemeBuilder.rule;
import static org.chengxin.scoring.model.SchemeBuilder.validScheme;

import java.time.Period;
import java.util.List;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.identity.model.SubjectKind;
import org.junit.jupiter.api.Test;

/** One test (or a few) per guardrail on a single rule. */
class RuleGuardrailsTest {

  private static List<String> guardrails(List<SchemeViolation> violations) {
    return violations.stream().map(SchemeViolation::guardrail).toList();
  }

  private static List<String> guardrailsOf(Rule rule) {
    return guardrails(validScheme().withRule(rule).check());
  }

  @Test
  void aTypeOutsideTheCatalogIsRefusedOnceWithoutFurtherNoise() {
    assertThat(guardrailsOf(rule("r", "jaywalking", "social", 500)))
        .containsExactly("uncatalogued-type");
  }

  @Test
  void aTypeTheNationalPolicyDoesNotListIsNotScored() {
    NationalPolicy onlyLoans = Policies.scoring(Policies.only("loan-default"));

    assertThat(guardrails(Guardrails.check(validScheme().build(), CATALOG, onlyLoans)))
        .containsExactly("type-not-scorable", "type-not-scorable", "type-not-scorable");
  }

  @Test
  void aDeniedTypeIsNotScoredAndTheRestAre() {
    NationalPolicy noVolunteering = Policies.scoring(Policies.allExcept("volunteering"));

    assertThat(Guardrails.check(validScheme().build(), CATALOG, noVolunteering))
        .extracting(SchemeViolation::ruleId)
        .containsExactly("soc-volunteering");
  }

  @Test
  void aTypeNoSubjectOfTheSchemeCanHaveIsRefused() {
    assertThat(guardrailsOf(rule("r", "government-arrears-to-enterprises", "social", -10)))
        .containsExactly("type-not-for-subject-kind");
  }

  @Test
  void aSocietalRecordMayNotMoveTheFinancialScore() {
    assertThat(guardrailsOf(rule("r", "public-utility-damage", "financial", -50)))
        .containsExactly("cross-domain");
  }

  @Test
  void aCommercialRecordMayNotMoveTheSocialScore() {
    assertThat(guardrailsOf(rule("r", "tax-evasion", "social", -50)))
        .containsExactly("cross-domain");
  }

  @Test
  void aCrossDomainRewardIsRefusedLikeAPenalty() {
    assertThat(
            guardrailsOf(
                perUnit("r", "volunteering", "financial", 1, "hours", new Caps(5, null, null))))
        .containsExactly("cross-domain");
  }

  @Test
  void judicialRecordsMoveBothFinancialAndSocialScores() {
    assertThat(guardrailsOf(rule("r", "false-litigation", "social", -60))).isEmpty();
    assertThat(guardrailsOf(rule("r", "false-litigation", "financial", -60))).isEmpty();
  }

  @Test
  void anExplicitlyAllowedPairMayCrossDomains() {
    NationalPolicy allowing = Policies.allowing(CreditDomain.SOCIETAL, "financial");
    Scheme scheme = validScheme().withRule("r", "public-utility-damage", "financial", -50).build();

    assertThat(Guardrails.check(scheme, CATALOG, allowing)).isEmpty();
  }

  @Test
  void fareEvasionOnTheFinancialScoreIsBothCrossDomainAndAMinorRecord() {
    Scheme scheme =
        validScheme().withRule(rule("rc-fare", "fare-evasion", "financial", -5)).build();
    assertThat(
            guardrails(
                Guardrails.check(scheme, CATALOG, Policies.notScoringMinorNegativeRecords())))
        .containsExactly("cross-domain", "minor-not-scored");
    assertThat(guardrailsOf(rule("rc-fare", "fare-evasion", "financial", -5)))
        .containsExactly("cross-domain");
  }

  @Test
  void minorNegativeRecordsAreNotScoredUnlessThePolicySaysSo() {
    Scheme scheme = validScheme().withRule("r", "traffic-fine-overdue", "social", -5).build();

    assertThat(
            guardrails(
                Guardrails.check(scheme, CATALOG, Policies.notScoringMinorNegativeRecords())))
        .containsExactly("minor-not-scored");
    assertThat(Guardrails.check(scheme, CATALOG, SchemeBuilder.POLICY)).isEmpty();
  }

  @Test
  void minorPositiveRecordsAreScored() {
    assertThat(guardrailsOf(rule("r", "blood-donation", "social", 5))).isEmpty();
  }

  @Test
  void aNegativeRecordMustTakePointsAndAPositiveOneGiveThem() {
    assertThat(guardrailsOf(rule("r", "loan-default", "financial", 10)))
        .containsExactly("polarity");
    assertThat(guardrailsOf(rule("r", "quality-award", "financial", -10)))
        .containsExactly("polarity");
    assertThat(guardrailsOf(rule("r", "loan-default", "financial", 0))).containsExactly("polarity");
  }

  @Test
  void pointsAboveTheSeverityCapAreRefusedAndTheCapItselfIsAllowed() {
    assertThat(guardrailsOf(rule("r", "loan-default", "financial", -51)))
        .containsExactly("points-above-severity-cap");
    assertThat(guardrailsOf(rule("r", "loan-default", "financial", -50))).isEmpty();
    assertThat(guardrailsOf(rule("r", "tax-evasion", "financial", -101)))
        .containsExactly("points-above-severity-cap");
  }

  @Test
  void aPerRecordCapBringsLargePointsWithinTheSeverityCap() {
    Rule capped =
        new Rule(
            "r",
            null,
            null,
            "loan-default",
            List.of(),
            "financial",
            -80,
            null,
            new Caps(50, null, null),
            null);

    assertThat(guardrailsOf(capped)).isEmpty();
  }

  @Test
  void pointsPerUnitWithoutAMaximumOrAPerRecordCapAreRefused() {
    assertThat(guardrailsOf(perUnit("r", "bank-arrears-cycle", "financial", -10, "cycles", null)))
        .contains("per-unit-uncapped");
    assertThat(
            guardrails(
                Guardrails.check(
                    validScheme()
                        .withRule(
                            perUnit("r", "bank-arrears-cycle", "financial", -10, "cycles", null))
                        .build(),
                    CATALOG,
                    Policies.scoringMinorNegativeRecords())))
        .containsExactly("per-unit-uncapped");
  }

  @Test
  void pointsPerUnitAreBoundedByTheAttributeMaximum() {
    // volunteering hours ≤ 1000: one point an hour could reach 1000 > 20 (MINOR).
    Rule uncappedHours = perUnit("r", "volunteering", "social", 1, "hours", null);

    assertThat(guardrails(validScheme().withoutRules().withRule(uncappedHours).check()))
        .containsExactly("points-above-severity-cap");
  }

  @Test
  void pointsPerUnitAreBoundedByThePerRecordCap() {
    Rule cycles =
        perUnit("r", "bank-arrears-cycle", "financial", -10, "cycles", new Caps(20, null, null));
    Rule tooMany =
        perUnit("r2", "bank-arrears-cycle", "financial", -10, "cycles", new Caps(30, null, null));
    NationalPolicy minorScored = Policies.scoringMinorNegativeRecords();

    assertThat(Guardrails.check(validScheme().withRule(cycles).build(), CATALOG, minorScored))
        .isEmpty();
    assertThat(Guardrails.check(validScheme().withRule(tooMany).build(), CATALOG, minorScored))
        .extracting(SchemeViolation::guardrail)
        .containsExactly("points-above-severity-cap");
  }

  @Test
  void perUnitOfMustNameANumericAttribute() {
    Caps capped = new Caps(10, null, null);

    assertThat(
            guardrailsOf(perUnit("r", "public-utility-damage", "social", -1, "facility", capped)))
        .containsExactly("per-unit-attribute");
    assertThat(guardrailsOf(perUnit("r", "public-utility-damage", "social", -1, "floors", capped)))
        .containsExactly("per-unit-attribute");
  }

  @Test
  void perUnitOfMustNotBeAbleToTurnTheSign() {
    Rule perValue = perUnit("r", "utility-theft", "social", -1, "value", new Caps(40, null, null));
    RecordType theft = CATALOG.find("utility-theft").orElseThrow();
    Catalog signless =
        CATALOG.replacing(
            new RecordType(
                theft.code(),
                theft.nameZh(),
                theft.nameEn(),
                theft.category(),
                theft.domain(),
                theft.subjectKinds(),
                theft.polarity(),
                theft.severity(),
                theft.legalBasis(),
                theft.disclosure(),
                theft.publicity(),
                List.of(
                    AttributeSpec.number(
                        "value", AttributeKind.DECIMAL, false, null, null, "yuan"))));
    Scheme scheme = validScheme().withRule(perValue).build();

    assertThat(Guardrails.check(scheme, CATALOG, SchemeBuilder.POLICY)).isEmpty();
    assertThat(guardrails(Guardrails.check(scheme, signless, SchemeBuilder.POLICY)))
        .containsExactly("per-unit-attribute");
  }

  @Test
  void aConditionMustNameADeclaredAttribute() {
    Rule rule =
        rule("r", "loan-default", "financial", -20, cond("income", Condition.Comparison.GE, "1"));

    assertThat(guardrailsOf(rule)).containsExactly("condition-attribute");
  }

  @Test
  void aConditionMustCompareAValueOfTheAttributesKind() {
    assertThat(
            guardrailsOf(
                rule(
                    "r",
                    "loan-default",
                    "financial",
                    -20,
                    cond("amount", Condition.Comparison.GE, "lots"))))
        .containsExactly("condition-comparison");
    assertThat(
            guardrailsOf(
                rule(
                    "r",
                    "tax-evasion",
                    "financial",
                    -20,
                    cond("amount", Condition.Comparison.GE, "10000"))))
        .isEmpty();
  }

  @Test
  void onlyNumbersAreOrdered() {
    Rule ordersEnum =
        rule(
            "r",
            "illegal-fundraising",
            "financial",
            -40,
            cond("stage", Condition.Comparison.GT, "investigated"));

    assertThat(guardrailsOf(ordersEnum)).containsExactly("condition-comparison");
  }

  @Test
  void anEnumConditionMustUseOneOfTheDeclaredValues() {
    Rule known =
        rule(
            "r",
            "illegal-fundraising",
            "financial",
            -40,
            cond("stage", Condition.Comparison.EQ, "investigated"));
    Rule unknown =
        rule(
            "r",
            "illegal-fundraising",
            "financial",
            -40,
            cond("stage", Condition.Comparison.EQ, "rumoured"));

    assertThat(guardrailsOf(known)).isEmpty();
    assertThat(guardrailsOf(unknown)).containsExactly("condition-comparison");
  }

  @Test
  void aBooleanConditionNeedsTrueOrFalse() {
    Rule yes =
        rule(
            "r",
            "work-safety-violation",
            "financial",
            -30,
            cond("accident", Condition.Comparison.EQ, "yes"));

    assertThat(
            guardrails(
                validScheme().withSubjectKinds(SubjectKind.ENTERPRISE).withRule(yes).check()))
        .contains("condition-comparison");
  }

  @Test
  void aHalfLifeMustBePositive() {
    Rule zero =
        new Rule(
            "r", null, null, "loan-default", List.of(), "financial", -20, null, null, Period.ZERO);
    Rule negative =
        new Rule(
            "r2",
            null,
            null,
            "loan-default",
            List.of(),
            "financial",
            -20,
            null,
            null,
            Period.ofMonths(-6));

    assertThat(guardrails(validScheme().withRule(zero).withRule(negative).check()))
        .containsExactly("half-life", "half-life");
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(guardrailsOf(rule("fin-loan-default", "tax-evasion", "financial", -50)))
        .containsExactly("duplicate-rule-id");
  }

  @Test
  void aRuleMovesADeclaredDimension() {
    assertThat(guardrailsOf(rule("r", "loan-default", "loans", -20)))
        .containsExactly("undeclared-dimension");
  }

  private static Condition cond(String attribute, Condition.Comparison op, String value) {
    return new Condition(attribute, op, value);
  }
}
