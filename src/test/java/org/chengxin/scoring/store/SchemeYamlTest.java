package org.chengxin.scoring.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.Composite;
import org.chengxin.scoring.model.Condition;
import org.chengxin.scoring.model.Rule;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SchemeYamlTest {
  static final List<String> SHIPPED = SchemeYaml.SHIPPED;

  private static final String MINIMAL =
      """
      id: demo
      version: 3
      jurisdiction: 371082
      subjectKinds: [PERSON]
      effectiveFrom: 2025-01-01
      dimensions:
        - id: financial
          base: 100
          tiers: [{rating: low, below: 50}, {rating: high, from: 50}]
      rules:
        - id: demo-loan
          type: loan-default
          when: ["amount >= 10000", "overdue_days > 30"]
          dimension: financial
          points: -20
          caps: {perYear: 40}
          halfLife: P1Y
      composite:
        weights: {financial: 100}
        tiers: [{rating: all}]
      """;

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void everyShippedSchemeReadsBackEqualAfterWriting(String id) {
    Scheme scheme = SchemeYaml.readShipped(id);

    assertThat(SchemeYaml.read(SchemeYaml.write(scheme))).isEqualTo(scheme);
  }

  @Test
  void aMinimalFileFillsDefaultsAndReadsConditionsCapsAndCompositeRoundTrip() {
    Scheme scheme = SchemeYaml.read(MINIMAL);
    Rule rule = scheme.rules().getFirst();

    assertThat(scheme.jurisdiction()).isEqualTo("371082");
    assertThat(scheme.title()).isEqualTo("demo");
    assertThat(rule.reasonCode()).isEqualTo("demo-loan");
    assertThat(rule.when())
        .containsExactly(
            new Condition("amount", Condition.Comparison.GE, "10000"),
            new Condition("overdue_days", Condition.Comparison.GT, "30"));
    assertThat(rule.caps().perYear()).isEqualTo(40);
    assertThat(rule.halfLife()).isEqualTo(Period.ofYears(1));
    assertThat(scheme.composite())
        .isEqualTo(new Composite(Map.of("financial", 100), List.of(new Tier("all", null, null))));
    assertThat(SchemeYaml.read(SchemeYaml.write(scheme))).isEqualTo(scheme);
  }

  @Test
  void theExampleInTheDocsReadsAndCompiles() throws IOException {
    String docs = Files.readString(Path.of("docs/schemes.md"));
    int start = docs.indexOf("```yaml\n") + "```yaml\n".length();
    Scheme example = SchemeYaml.read(docs.substring(start, docs.indexOf("```", start)));

    assertThat(CompiledScheme.compile(example, CatalogYaml.readDefault()).scheme().rules())
        .hasSize(2);
  }

  @Test
  void aBrokenFieldIsNamedWithItsSchemeAndRule() {
    String broken = MINIMAL.replace("caps: {perYear: 40}", "caps: {perYear: ten}");

    assertThatThrownBy(() -> SchemeYaml.read(broken))
        .isInstanceOf(SchemeFormatException.class)
        .hasMessageStartingWith("scheme 'demo', rule 'demo-loan', field 'caps.perYear': ")
        .hasMessageContaining("whole number");
  }

  @Test
  void anUnknownFieldIsRefusedNotIgnored() {
    String typo = MINIMAL.replace("halfLife: P1Y", "halflife: P1Y");

    assertThatThrownBy(() -> SchemeYaml.read(typo))
        .hasMessageStartingWith(
            "scheme 'demo', rule 'demo-loan', field 'halflife': is not a known");
  }

  @Test
  void aConditionThatIsNotAttributeOperatorValueIsRefused() {
    String bad = MINIMAL.replace("overdue_days > 30", "overdue_days => 30");

    assertThatThrownBy(() -> SchemeYaml.read(bad))
        .hasMessageStartingWith("scheme 'demo', rule 'demo-loan', field 'when[1]': ");
  }

  @Test
  void aRuleInAnUndeclaredDimensionIsRefused() {
    String bad = MINIMAL.replace("dimension: financial", "dimension: social");

    assertThatThrownBy(() -> SchemeYaml.read(bad))
        .hasMessage(
            "scheme 'demo', rule 'demo-loan', field 'dimension': 'social' is not a declared"
                + " dimension");
  }

  @Test
  void aTierWhoseBoundsCrossIsNamedByItsPosition() {
    String bad = MINIMAL.replace("{rating: low, below: 50}", "{rating: low, from: 60, below: 50}");

    assertThatThrownBy(() -> SchemeYaml.read(bad))
        .hasMessageStartingWith("scheme 'demo', field 'dimensions[0].tiers[0]': tier low");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    String bad = MINIMAL.replace("effectiveFrom: 2025-01-01\n", "");

    assertThatThrownBy(() -> SchemeYaml.read(bad))
        .hasMessage("scheme 'demo', field 'effectiveFrom': is required");
  }
}
