package org.chengxin.checks.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.store.ListPolicyYaml;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.policy.PolicyYaml;
import org.chengxin.scoring.store.SchemeYaml;
import org.junit.jupiter.api.Test;

class MeasureChecksTest {
  private static final Map<String, ListPolicy> LISTS =
      ListPolicyYaml.readDefault().stream()
          .collect(Collectors.toMap(ListPolicy::id, Function.identity()));
  private static final Map<String, Scheme> SCHEMES =
      SchemeYaml.SHIPPED.stream()
          .collect(Collectors.toMap(Function.identity(), SchemeYaml::readShipped));

  private static MeasureChecks.Context context(Set<DomainPair> allowed) {
    return new MeasureChecks.Context(
        CatalogYaml.readDefault(), LISTS, SCHEMES, PolicyYaml.readDefault(), allowed);
  }

  private static Measure measure(String code, CreditDomain domain, Trigger trigger) {
    return new Measure(
        code,
        "措施",
        "A measure",
        Measure.Kind.PENALTY,
        "lending",
        domain,
        "a law, art. 1",
        trigger,
        new Effect.Restriction(),
        false);
  }

  @Test
  void aLoanDenialForASocialRatingIsRefusedAsCrossDomain() {
    Measure jaywalkingToLoan =
        measure(
            "no-loan",
            CreditDomain.COMMERCIAL,
            new Trigger.Rating("rongcheng-personal", "social", Set.of("D")));

    List<MeasureViolation> v = MeasureChecks.check(List.of(jaywalkingToLoan), context(Set.of()));

    assertThat(v).extracting(MeasureViolation::guardrail).containsExactly("cross-domain");
    assertThat(v.get(0).message()).contains("no-loan").contains("COMMERCIAL");
  }

  @Test
  void aCrossDomainPairThePolicyAllowsPasses() {
    Measure m =
        measure("fare-to-loan", CreditDomain.COMMERCIAL, new Trigger.RecordOfType("fare-evasion"));

    assertThat(MeasureChecks.check(List.of(m), context(Set.of()))).hasSize(1);
    assertThat(
            MeasureChecks.check(
                List.of(m),
                context(Set.of(new DomainPair(CreditDomain.SOCIETAL, CreditDomain.COMMERCIAL)))))
        .isEmpty();
  }

  @Test
  void aFinancialRatingMayDriveACommercialMeasure() {
    Measure m =
        measure(
            "no-credit",
            CreditDomain.COMMERCIAL,
            new Trigger.Rating("rongcheng-personal", "financial", Set.of("D")));

    assertThat(MeasureChecks.check(List.of(m), context(Set.of()))).isEmpty();
  }

  @Test
  void triggersNamingNothingAndRepeatedCodesAreEachNamed() {
    List<Measure> broken =
        List.of(
            measure("a", CreditDomain.JUDICIAL, new Trigger.OnList("no-such-list")),
            measure("b", CreditDomain.JUDICIAL, new Trigger.RecordOfType("no-such-type")),
            measure(
                "c",
                CreditDomain.COMMERCIAL,
                new Trigger.Rating("customs-enterprise", "financial", Set.of("gold"))),
            measure("c", CreditDomain.JUDICIAL, new Trigger.OnList("judgment-defaulters")));

    assertThat(MeasureChecks.check(broken, context(Set.of())))
        .extracting(MeasureViolation::measure, MeasureViolation::guardrail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "unknown-list"),
            org.assertj.core.groups.Tuple.tuple("b", "unknown-type"),
            org.assertj.core.groups.Tuple.tuple("c", "unknown-rating"),
            org.assertj.core.groups.Tuple.tuple("c", "duplicate-code"));
  }
}
