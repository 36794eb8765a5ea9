package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.SchemeBuilder.ratedTiers;
import static org.chengxin.scoring.model.SchemeBuilder.validScheme;

import java.util.List;
import java.util.Map;
import org.chengxin.identity.model.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guardrails on a scheme as a whole: where it applies, to whom, and its dimensions. */
class SchemeGuardrailsTest {

  private static List<String> guardrails(SchemeBuilder scheme) {
    return scheme.check().stream().map(SchemeViolation::guardrail).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "37", "3710", "371082"})
  void aJurisdictionIsNationalOrAProvinceCityOrCountyPrefix(String jurisdiction) {
    assertThat(guardrails(validScheme().withJurisdiction(jurisdiction))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "371", "3710820", "37108A", "Rongcheng", " 37"})
  void anythingElseIsNotAJurisdiction(String jurisdiction) {
    assertThat(guardrails(validScheme().withJurisdiction(jurisdiction)))
        .containsExactly("jurisdiction");
  }

  @Test
  void aSchemeRatesSomeSubjectKind() {
    assertThat(guardrails(validScheme().withSubjectKinds())).containsExactly("no-subject-kind");
  }

  @Test
  void financialAndSocialDimensionsAreRequired() {
    assertThat(guardrails(validScheme().withoutRules().withoutDimension("social")))
        .containsExactly("missing-dimension");
  }

  @Test
  void aDimensionIsDeclaredOnce() {
    assertThat(
            guardrails(
                validScheme().withExtraDimension(new DimensionSpec("social", 900, ratedTiers()))))
        .containsExactly("duplicate-dimension");
  }

  @Test
  void aDimensionTheNationalPolicyDoesNotKnowIsRefused() {
    // An "overall" dimension would merge financial and social outside a declared composite.
    assertThat(
            guardrails(
                validScheme().withExtraDimension(new DimensionSpec("overall", 1000, ratedTiers()))))
        .containsExactly("unknown-dimension");
  }

  @Test
  void onlyPublicInstitutionSchemesMayKeepAGovernmentScore() {
    DimensionSpec government = new DimensionSpec("government", 100, ratedTiers());
    SchemeBuilder forInstitutions =
        validScheme()
            .withoutRules()
            .withSubjectKinds(SubjectKind.PUBLIC_INSTITUTION)
            .withExtraDimension(government)
            .withRule("gov-arrears", "government-arrears-to-enterprises", "government", -30)
            .withRule("gov-deadline", "missed-statutory-deadline", "social", -20);

    assertThat(guardrails(forInstitutions)).isEmpty();
    assertThat(guardrails(validScheme().withExtraDimension(government)))
        .containsExactly("reserved-dimension");
  }

  @Test
  void aCompositeWeighsDeclaredDimensionsSummingToOneHundred() {
    Composite fine = new Composite(Map.of("financial", 70, "social", 30), ratedTiers());
    Composite tooLittle = new Composite(Map.of("financial", 70, "social", 20), ratedTiers());
    Composite stranger = new Composite(Map.of("financial", 70, "loans", 30), ratedTiers());
    Composite zero = new Composite(Map.of("financial", 100, "social", 0), ratedTiers());

    assertThat(guardrails(validScheme().withComposite(fine))).isEmpty();
    assertThat(guardrails(validScheme().withComposite(tooLittle)))
        .containsExactly("composite-weights");
    assertThat(guardrails(validScheme().withComposite(stranger)))
        .containsExactly("composite-weights");
    assertThat(guardrails(validScheme().withComposite(zero))).containsExactly("composite-weights");
  }

  @Test
  void schemeLevelViolationsNameNoRule() {
    assertThat(validScheme().withJurisdiction("3").check())
        .singleElement()
        .satisfies(v -> {
          assertThat(v.ruleId()).isNull();
          assertThat(v.message())
              .isEqualTo(
                  "scheme test-city-personal v1: '3' is not an administrative-division prefix"
                      + " of 0, 2, 4 or 6 digits (guardrail jurisdiction: a scheme applies to an"
                      + " administrative-division prefix)");
        });
  }
}
