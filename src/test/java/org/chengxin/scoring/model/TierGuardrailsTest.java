package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.SchemeBuilder.validScheme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tiers rate every integer score exactly once, for each dimension and for a composite. */
class TierGuardrailsTest {

  private static List<String> financialTiers(Tier... tiers) {
    return validScheme().withTiers("financial", tiers).check().stream()
        .map(SchemeViolation::guardrail)
        .toList();
  }

  @Test
  void tiersListedFromLowToHighPassToo() {
    assertThat(
            financialTiers(
                new Tier("D", null, 600), new Tier("C", 600, 900), new Tier("A", 900, null)))
        .isEmpty();
  }

  @Test
  void aSingleUnboundedTierCoversEverything() {
    assertThat(financialTiers(new Tier("ALL", null, null))).isEmpty();
  }

  @Test
  void aGapBetweenTiersIsRefused() {
    assertThat(financialTiers(new Tier("A", 900, null), new Tier("D", null, 800)))
        .containsExactly("tiers-gap");
  }

  @Test
  void overlappingTiersAreRefused() {
    assertThat(financialTiers(new Tier("A", 900, null), new Tier("D", null, 950)))
        .containsExactly("tiers-overlap");
    assertThat(financialTiers(new Tier("A", null, null), new Tier("B", null, 900)))
        .contains("tiers-overlap");
  }

  @Test
  void aTierInsideAnotherOverlapsItWithoutAFalseGapAfterIt() {
    assertThat(
            financialTiers(
                new Tier("D", null, 0),
                new Tier("C", 0, 2000),
                new Tier("B", 100, 200),
                new Tier("A", 2000, null)))
        .containsExactly("tiers-overlap");
  }

  @Test
  void tiersMustReachBothInfinities() {
    assertThat(financialTiers(new Tier("A", 900, null), new Tier("D", 0, 900)))
        .containsExactly("tiers-open-ended");
    assertThat(financialTiers(new Tier("A", 900, 2000), new Tier("D", null, 900)))
        .containsExactly("tiers-open-ended");
  }

  @Test
  void tiersAreListedInOneDirection() {
    assertThat(
            financialTiers(
                new Tier("B", 600, 900), new Tier("A", 900, null), new Tier("D", null, 600)))
        .containsExactly("tiers-order");
  }

  @Test
  void aRatingNamesOneTier() {
    assertThat(financialTiers(new Tier("A", 900, null), new Tier("A", null, 900)))
        .containsExactly("duplicate-rating");
  }

  @Test
  void aDimensionNeedsTiers() {
    assertThat(financialTiers()).containsExactly("tiers-missing");
  }

  @Test
  void theBaseScoreMustHaveARating() {
    List<SchemeViolation> violations =
        validScheme()
            .withTiers("financial", new Tier("A", 900, null), new Tier("D", null, 500))
            .withBase("financial", 700)
            .check();

    assertThat(violations)
        .extracting(SchemeViolation::guardrail)
        .containsExactly("tiers-gap", "base-outside-tiers");
  }

  @Test
  void compositeTiersAreCheckedLikeADimensions() {
    Composite gappy =
        new Composite(
            Map.of("financial", 60, "social", 40),
            List.of(new Tier("A", 900, null), new Tier("D", null, 800)));

    assertThat(validScheme().withComposite(gappy).check())
        .extracting(SchemeViolation::guardrail, SchemeViolation::ruleId)
        .containsExactly(org.assertj.core.api.Assertions.tuple("tiers-gap", null));
  }
}
