package org.chengxin.scoring.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.chengxin.scoring.model.NationalPolicy;
import org.chengxin.scoring.model.ScorableTypes;
import org.junit.jupiter.api.Test;

class PolicyYamlTest {

  private static final String VALID =
      """
      version: 2
      scorableTypes:
        only: [loan-default, tax-evasion]
      maxPointsPerRecord: {MINOR: 10, GENERAL: 40, SERIOUS: 80}
      domainDimensions:
        COMMERCIAL: [financial]
        SOCIETAL: [social]
        JUDICIAL: [financial, social]
        GOVERNMENT_AFFAIRS: [social]
      allowedCrossDomain:
        - {domain: SOCIETAL, dimension: financial}
      reservedDimensions: {}
      requiredDimensions: [financial, social]
      scoreMinorNegativeRecords: true
      """;

  private static NationalPolicy read(String yaml) {
    return PolicyYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theShippedPolicyLoadsAndIsTheDefaultPolicy() {
    assertThat(PolicyYaml.readDefault()).isEqualTo(NationalPolicy.defaults());
  }

  @Test
  void everyFieldIsRead() {
    NationalPolicy policy = read(VALID);

    assertThat(policy.version()).isEqualTo(2);
    assertThat(policy.scorable()).isInstanceOf(ScorableTypes.Only.class);
    assertThat(policy.scorable().allows("tax-evasion")).isTrue();
    assertThat(policy.scorable().allows("volunteering")).isFalse();
    assertThat(policy.maxPointsPerRecord()).containsValues(10, 40, 80);
    assertThat(policy.mayMove(org.chengxin.catalog.model.CreditDomain.SOCIETAL, "financial"))
        .isTrue();
    assertThat(policy.scoreMinorNegativeRecords()).isTrue();
  }

  @Test
  void allTypesMayBeScorable() {
    NationalPolicy policy = read(VALID.replace("only: [loan-default, tax-evasion]", "all: true"));

    assertThat(policy.scorable()).isEqualTo(new ScorableTypes.All());
  }

  @Test
  void anUnknownFieldIsRefusedByName() {
    assertThatThrownBy(() -> read(VALID + "maxHalfLife: P5Y\n"))
        .isInstanceOf(PolicyFormatException.class)
        .hasMessageContaining("field 'maxHalfLife': is not a known field");
  }

  @Test
  void anUnknownNestedFieldIsRefusedWithItsPath() {
    assertThatThrownBy(
            () -> read(VALID.replace("domain: SOCIETAL,", "domain: SOCIETAL, weight: 1,")))
        .isInstanceOf(PolicyFormatException.class)
        .hasMessageContaining("field 'allowedCrossDomain[0].weight'");
  }

  @Test
  void aBadValueNamesItsField() {
    assertThatThrownBy(() -> read(VALID.replace("GENERAL: 40", "GENERAL: forty")))
        .hasMessageContaining("field 'maxPointsPerRecord.GENERAL': must be a whole number");
    assertThatThrownBy(() -> read(VALID.replace("GENERAL: 40", "MEDIUM: 40")))
        .hasMessageContaining("field 'maxPointsPerRecord.MEDIUM': 'MEDIUM' is not one of");
    assertThatThrownBy(() -> read(VALID.replace("scoreMinorNegativeRecords: true\n", "")))
        .hasMessageContaining("field 'scoreMinorNegativeRecords': is required");
  }

  @Test
  void scorableTypesTakeExactlyOneForm() {
    assertThatThrownBy(() ->
            read(VALID.replace("only: [loan-default, tax-evasion]", "only: []\n  allExcept: []")))
        .hasMessageContaining("field 'scorableTypes': needs exactly one of");
  }

  @Test
  void aPolicyThatBreaksItsOwnInvariantsIsAFormatError() {
    assertThatThrownBy(() ->
            read(
                VALID.replace(
                    "requiredDimensions: [financial, social]", "requiredDimensions: [overall]")))
        .isInstanceOf(PolicyFormatException.class)
        .hasMessageContaining("requiredDimensions names 'overall'");
  }
}
