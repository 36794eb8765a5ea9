package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chengxin.scoring.model.SchemeBuilder.validScheme;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 3's acceptance: a bad scheme is refused with one message per violation. */
class GuardrailsAcceptanceTest {

  @Test
  void aCleanSchemePassesEveryGuardrail() {
    assertThat(validScheme().check()).isEmpty();
  }

  @Test
  void fourViolationsInOneSchemeGiveExactlyFourMessagesEachNamingItsRuleAndGuardrail() {
    List<SchemeViolation> violations =
        validScheme()
            .withRule("rc-plagiarism-loan", "academic-misconduct", "financial", -30)
            .withRule("rc-jaywalk", "jaywalking", "social", -10)
            .withRule("rc-default-heavy", "loan-default", "financial", -80)
            .withTiers(
                "financial",
                new Tier("A", 1000, null),
                new Tier("B", 900, 950),
                new Tier("D", null, 900))
            .check();

    assertThat(violations)
        .extracting(SchemeViolation::guardrail, SchemeViolation::ruleId)
        .containsExactlyInAnyOrder(
            tuple("cross-domain", "rc-plagiarism-loan"),
            tuple("uncatalogued-type", "rc-jaywalk"),
            tuple("points-above-severity-cap", "rc-default-heavy"),
            tuple("tiers-gap", null));
    assertThat(violations)
        .allSatisfy(v -> assertThat(v.message()).contains("(guardrail " + v.guardrail() + ": "));
    assertThat(violations)
        .filteredOn(v -> v.ruleId() != null)
        .allSatisfy(v -> assertThat(v.message()).startsWith("rule " + v.ruleId() + ": "));
  }

  @Test
  void theCrossDomainMessageNamesTheDomainTheTypeAndTheDimension() {
    List<SchemeViolation> violations =
        validScheme()
            .withRule("rc-plagiarism-loan", "academic-misconduct", "financial", -30)
            .check();

    assertThat(violations)
        .extracting(SchemeViolation::message)
        .containsExactly(
            "rule rc-plagiarism-loan: a SOCIETAL record (academic-misconduct) may not move the"
                + " financial dimension (guardrail cross-domain: no penalty or reward in one domain"
                + " for behaviour in another)");
  }

  @Test
  void theGapMessageNamesTheDimensionAndTheUnratedScores() {
    List<SchemeViolation> violations =
        validScheme()
            .withTiers(
                "financial",
                new Tier("A", 1000, null),
                new Tier("B", 900, 950),
                new Tier("D", null, 900))
            .check();

    assertThat(violations)
        .extracting(SchemeViolation::message)
        .containsExactly(
            "scheme test-city-personal v1, dimension financial: scores from 950 to 999 have no"
                + " rating (between tiers B and A) (guardrail tiers-gap: tiers cover the whole"
                + " range)");
  }
}
