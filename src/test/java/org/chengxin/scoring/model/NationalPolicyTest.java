package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.Severity;
import org.junit.jupiter.api.Test;

class NationalPolicyTest {

  private final NationalPolicy defaults = NationalPolicy.defaults();

  @Test
  void eachDomainMovesOnlyItsOwnDimensionsByDefault() {
    assertThat(defaults.mayMove(CreditDomain.COMMERCIAL, "financial")).isTrue();
    assertThat(defaults.mayMove(CreditDomain.COMMERCIAL, "social")).isFalse();
    assertThat(defaults.mayMove(CreditDomain.SOCIETAL, "financial")).isFalse();
    assertThat(defaults.mayMove(CreditDomain.JUDICIAL, "financial")).isTrue();
    assertThat(defaults.mayMove(CreditDomain.JUDICIAL, "social")).isTrue();
    assertThat(defaults.mayMove(CreditDomain.GOVERNMENT_AFFAIRS, "government")).isTrue();
    assertThat(defaults.mayMove(CreditDomain.GOVERNMENT_AFFAIRS, "financial")).isFalse();
  }

  @Test
  void theDefaultCapsFollowTheThreeSeverities() {
    assertThat(defaults.maxPoints(Severity.MINOR)).isEqualTo(20);
    assertThat(defaults.maxPoints(Severity.GENERAL)).isEqualTo(50);
    assertThat(defaults.maxPoints(Severity.SERIOUS)).isEqualTo(100);
  }

  @Test
  void theKnownDimensionsAreThoseSomeDomainMayMove() {
    assertThat(defaults.knownDimensions()).containsExactly("financial", "government", "social");
  }

  @Test
  void aPolicyMustCapEverySeverity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withCaps(Map.of(Severity.MINOR, 20, Severity.GENERAL, 50)))
        .withMessageContaining("maxPointsPerRecord.SERIOUS");
  }

  @Test
  void aRequiredDimensionMustBeOneSomeDomainMayMove() {
    assertThatIllegalArgumentException()
        .isThrownBy(() ->
            new NationalPolicy(
                1,
                defaults.scorable(),
                defaults.maxPointsPerRecord(),
                defaults.domainDimensions(),
                List.of(),
                Map.of(),
                Set.of("overall"),
                false))
        .withMessageContaining("requiredDimensions names 'overall'");
  }

  @Test
  void aPolicyMustSayWhatEveryDomainMayMove() {
    Map<CreditDomain, Set<String>> domains = new EnumMap<>(defaults.domainDimensions());
    domains.remove(CreditDomain.JUDICIAL);

    assertThatIllegalArgumentException()
        .isThrownBy(() ->
            new NationalPolicy(
                1,
                defaults.scorable(),
                defaults.maxPointsPerRecord(),
                domains,
                List.of(),
                Map.of(),
                Set.of(),
                false))
        .withMessageContaining("domainDimensions.JUDICIAL");
  }

  private NationalPolicy withCaps(Map<Severity, Integer> caps) {
    return new NationalPolicy(
        1,
        defaults.scorable(),
        caps,
        defaults.domainDimensions(),
        List.of(),
        Map.of(),
        Set.of(),
        false);
  }
}
