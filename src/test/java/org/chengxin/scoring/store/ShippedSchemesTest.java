package org.chengxin.scoring.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.model.Severity;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.DimensionSpec;
import org.chengxin.scoring.model.Rule;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shipped schemes keep the limits the national guardrails enforce (checked independently here
 * so the files stay publishable while the guardrails are written): severity caps per record, no
 * cross-domain penalties, tiers that cover every score once.
 */
class ShippedSchemesTest {
  static final List<String> SHIPPED = SchemeYaml.SHIPPED;
  private static final Catalog CATALOG = CatalogYaml.readDefault();
  private static final Map<Severity, Integer> MAX_POINTS =
      Map.of(Severity.MINOR, 20, Severity.GENERAL, 50, Severity.SERIOUS, 100);

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void compilesAgainstTheShippedCatalog(String id) {
    assertThat(CompiledScheme.compile(SchemeYaml.readShipped(id), CATALOG).scheme().id())
        .isEqualTo(id);
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void noRecordCarriesMorePointsThanItsSeverityAllows(String id) {
    Scheme scheme = SchemeYaml.readShipped(id);
    for (Rule rule : scheme.rules()) {
      RecordType type = CATALOG.find(rule.recordType()).orElseThrow();
      // Rules on the same record add up, so the limit holds for their sum.
      int perRecord =
          scheme.rules().stream()
              .filter(r -> r.recordType().equals(rule.recordType()))
              .mapToInt(ShippedSchemesTest::largestPerRecord)
              .sum();
      assertThat(perRecord).as(rule.id()).isLessThanOrEqualTo(MAX_POINTS.get(type.severity()));
    }
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void recordsMoveOnlyTheDimensionOfTheirDomain(String id) {
    for (Rule rule : SchemeYaml.readShipped(id).rules()) {
      CreditDomain domain = CATALOG.find(rule.recordType()).orElseThrow().domain();
      switch (domain) {
        case COMMERCIAL -> assertThat(rule.dimension()).as(rule.id()).isEqualTo("financial");
        case SOCIETAL -> assertThat(rule.dimension()).as(rule.id()).isEqualTo("social");
        case JUDICIAL -> assertThat(rule.dimension()).isIn("financial", "social");
        case GOVERNMENT_AFFAIRS -> assertThat(rule.dimension()).as(rule.id()).isNull();
      }
    }
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void tiersCoverEveryScoreExactlyOnce(String id) {
    for (DimensionSpec dimension : SchemeYaml.readShipped(id).dimensions()) {
      List<Tier> tiers =
          dimension.tiers().stream()
              .sorted(Comparator.comparing(Tier::from, Comparator.nullsFirst(Integer::compare)))
              .toList();
      assertThat(tiers.getFirst().from()).isNull();
      assertThat(tiers.getLast().below()).isNull();
      for (int i = 1; i < tiers.size(); i++) {
        assertThat(tiers.get(i).from()).isEqualTo(tiers.get(i - 1).below());
      }
    }
  }

  private static int largestPerRecord(Rule rule) {
    Integer cap = rule.caps().perRecord();
    if (rule.perUnitOf() != null) {
      assertThat(cap).as(rule.id() + " multiplies points, so needs a per-record cap").isNotNull();
      return cap;
    }
    return cap == null ? Math.abs(rule.points()) : Math.min(cap, Math.abs(rule.points()));
  }
}
