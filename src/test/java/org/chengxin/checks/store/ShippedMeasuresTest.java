package org.chengxin.checks.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.checks.model.Effect;
import org.chengxin.checks.model.Measure;
import org.chengxin.checks.model.MeasureChecks;
import org.chengxin.checks.model.Trigger;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.store.ListPolicyYaml;
import org.chengxin.scoring.policy.PolicyYaml;
import org.chengxin.scoring.store.SchemeYaml;
import org.junit.jupiter.api.Test;

class ShippedMeasuresTest {
  private final MeasureYaml.Measures shipped = MeasureYaml.readDefault();
  private final Map<String, Measure> byCode =
      shipped.measures().stream().collect(Collectors.toMap(Measure::code, Function.identity()));

  @Test
  void theShippedMeasuresPassEveryGuardrail() {
    var context =
        new MeasureChecks.Context(
            CatalogYaml.readDefault(),
            ListPolicyYaml.readDefault().stream()
                .collect(Collectors.toMap(ListPolicy::id, Function.identity())),
            SchemeYaml.SHIPPED.stream()
                .collect(Collectors.toMap(Function.identity(), SchemeYaml::readShipped)),
            PolicyYaml.readDefault(),
            shipped.allowedCrossDomain());

    assertThat(MeasureChecks.check(shipped.measures(), context)).isEmpty();
    assertThat(shipped.allowedCrossDomain()).isEmpty();
  }

  @Test
  void highConsumptionRestrictionsFallOnJudgmentDefaultersAndTheirRepresentatives() {
    List<Measure> jd =
        shipped.measures().stream()
            .filter(m -> m.trigger().equals(new Trigger.OnList("judgment-defaulters")))
            .toList();

    assertThat(jd)
        .extracting(Measure::purpose)
        .contains(
            "air-travel",
            "rail-travel",
            "hospitality",
            "property-purchase",
            "school-enrolment",
            "insurance");
    assertThat(jd)
        .allSatisfy(m -> {
          assertThat(m.effect()).isInstanceOf(Effect.Restriction.class);
          assertThat(m.alsoOnRepresentatives()).isTrue();
          assertThat(m.kind()).isEqualTo(Measure.Kind.PENALTY);
        });
  }

  @Test
  void customsRatesKeepThePublishedRatios() {
    double certified = rate("customs-inspection-certified");
    double regular = rate("customs-inspection-regular");
    double dishonest = rate("customs-inspection-dishonest");

    assertThat(certified).isLessThan(0.2 * regular);
    assertThat(dishonest).isGreaterThanOrEqualTo(80.0);
  }

  @Test
  void aMeasureWithTwoTriggersOrAnUnknownFieldIsRefusedWithItsCodeNamed() {
    String text = shippedText();
    String twoTriggers =
        text.replaceFirst(
            "    onList: judgment-defaulters\n",
            "    onList: judgment-defaulters\n    recordType: fare-evasion\n");
    String unknown =
        text.replaceFirst("    purpose: air-travel", "    purpose: air-travel\n    urgent: true");

    assertThatThrownBy(() -> read(twoTriggers))
        .hasMessageContaining("jd-air-travel")
        .hasMessageContaining("exactly one trigger");
    assertThatThrownBy(() -> read(unknown)).hasMessageContaining("urgent");
  }

  @Test
  void aRewardThatRestrictsIsRefused() {
    String text =
        shippedText()
            .replaceFirst(
                "(code: red-deposit-free-rental(?s:.*?))effect: benefit", "$1effect: restriction");
    assertThatThrownBy(() -> read(text)).hasMessageContaining("a reward does not restrict");
  }

  private double rate(String code) {
    return ((Effect.Rate) byCode.get(code).effect()).percent();
  }

  private static MeasureYaml.Measures read(String text) {
    return MeasureYaml.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String shippedText() {
    try (InputStream in = MeasureYaml.class.getResourceAsStream(MeasureYaml.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
