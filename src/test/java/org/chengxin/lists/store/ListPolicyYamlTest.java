package org.chengxin.lists.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.lists.model.Criterion;
import org.chengxin.lists.model.ListKind;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.store.SchemeYaml;
import org.junit.jupiter.api.Test;

class ListPolicyYamlTest {
  private final List<ListPolicy> shipped = ListPolicyYaml.readDefault();
  private final Map<String, ListPolicy> byId =
      shipped.stream().collect(Collectors.toMap(ListPolicy::id, Function.identity()));

  @Test
  void theShippedFileHasOneListOfEachKind() {
    assertThat(shipped).extracting(ListPolicy::kind).containsExactlyInAnyOrder(ListKind.values());
    assertThat(shipped).allSatisfy(p -> assertThat(p.legalBasis()).isNotBlank());
    assertThat(shipped).allSatisfy(p -> assertThat(p.removalConditions()).isNotEmpty());
  }

  @Test
  void judgmentDefaultersLastTwoYearsExtendableByThreeAndNeverIncludeMinors() {
    ListPolicy jd = byId.get("judgment-defaulters");
    assertThat(jd.duration()).isEqualTo(Period.ofYears(2));
    assertThat(jd.maxExtension()).isEqualTo(Period.ofYears(3));
    assertThat(jd.minorsExcluded()).isTrue();
    assertThat(jd.published()).isTrue();
  }

  @Test
  void theMarketRegulationBlacklistLastsThreeYearsWithEarlyRemovalAfterOne() {
    ListPolicy bl = byId.get("market-regulation-blacklist");
    assertThat(bl.duration()).isEqualTo(Period.ofYears(3));
    assertThat(bl.earliestRemoval()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void everyCriterionNamesACatalogTypeOrAShippedSchemesRating() {
    Catalog catalog = CatalogYaml.readDefault();
    for (ListPolicy p : shipped) {
      for (Criterion c : p.criteria()) {
        switch (c) {
          case Criterion.RecordOfType t ->
              assertThat(catalog.find(t.recordType())).as(p.id()).isPresent();
          case Criterion.Rating r -> {
            Scheme s = SchemeYaml.readShipped(r.schemeId());
            var tiers =
                s.dimensions().stream()
                    .filter(d -> d.id().equals(r.dimension()))
                    .findFirst()
                    .orElseThrow()
                    .tiers();
            assertThat(tiers.stream().map(t -> t.rating()).toList())
                .as(p.id())
                .containsAll(r.ratings());
          }
          case Criterion.NegativeRecords n -> assertThat(n.count()).isGreaterThan(1);
        }
      }
    }
  }

  @Test
  void anUnknownFieldIsRefused() {
    assertThatThrownBy(() -> read(shippedText().replace("published: false", "publishd: false")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publishd");
  }

  @Test
  void aListWithoutLegalBasisIsRefusedWithItsIdNamed() {
    String text = shippedText();
    int start = text.indexOf("  - id: watch-list");
    int basis = text.indexOf("    legalBasis:", start);
    int next = text.indexOf("    authority:", basis);
    assertThatThrownBy(() -> read(text.substring(0, basis) + text.substring(next)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watch-list")
        .hasMessageContaining("legalBasis");
  }

  @Test
  void aCriterionInTwoFormsIsRefused() {
    String two =
        shippedText()
            .replace(
                "      - recordType: admin-penalty-serious",
                "      - recordType: admin-penalty-serious\n        negativeRecords: 3");
    assertThatThrownBy(() -> read(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("market-regulation-blacklist")
        .hasMessageContaining("exactly one");
  }

  @Test
  void aRepeatedListIsRefused() {
    String repeated = shippedText().replace("id: watch-list", "id: red-list");
    assertThatThrownBy(() -> read(repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeats");
  }

  private static List<ListPolicy> read(String text) {
    return ListPolicyYaml.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String shippedText() {
    try (InputStream in =
        ListPolicyYaml.class.getResourceAsStream(ListPolicyYaml.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
