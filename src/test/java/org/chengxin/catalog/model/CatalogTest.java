package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengxin.catalog.model.RecordTypeBuilder.aType;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private final RecordType lateDelivery = aType("late-delivery").build();
  private final RecordType bidRigging = aType("bid-rigging").named("Bid rigging", "串通投标").build();

  @Test
  void findsTypesByCodeAndListsThemInCodeOrder() {
    Catalog catalog = Catalog.of(1, List.of(lateDelivery, bidRigging));

    assertThat(catalog.find("late-delivery")).contains(lateDelivery);
    assertThat(catalog.find("jaywalking")).isEmpty();
    assertThat(catalog.all()).containsExactly(bidRigging, lateDelivery);
    assertThat(catalog.version()).isEqualTo(1);
  }

  @Test
  void refusesACodeTwice() {
    assertThatThrownBy(() -> Catalog.of(1, List.of(lateDelivery, lateDelivery)))
        .isInstanceOfSatisfying(
            CatalogRefusedException.class,
            e ->
                assertThat(e.violations())
                    .extracting(CatalogViolation::rule)
                    .containsExactly("catalog/duplicate-code"));
  }

  @Test
  void refusesATypeThePolicyRefusesAndListsWhy() {
    RecordType church = aType("church-attendance").legalBasis(null).build();

    assertThatThrownBy(() -> Catalog.of(1, List.of(lateDelivery, church)))
        .isInstanceOf(CatalogRefusedException.class)
        .hasMessageContaining("2 violations")
        .hasMessageContaining("legal-basis/missing")
        .hasMessageContaining("prohibited-category/religion")
        .hasMessageContaining("record type 'church-attendance'");
  }

  @Test
  void addingATypeMakesTheNextVersion() {
    Catalog first = Catalog.of(1, List.of(lateDelivery));

    Catalog second = first.with(bidRigging);

    assertThat(second.version()).isEqualTo(2);
    assertThat(second.find("bid-rigging")).contains(bidRigging);
    assertThat(first.find("bid-rigging")).isEmpty();
  }

  @Test
  void addingAnExistingCodeOrARefusedTypeIsRefused() {
    Catalog catalog = Catalog.of(1, List.of(lateDelivery));

    assertThatThrownBy(() -> catalog.with(lateDelivery))
        .isInstanceOf(CatalogRefusedException.class);
    assertThatThrownBy(() -> catalog.with(aType("gps-trace").build()))
        .hasMessageContaining("prohibited-category/location-traces");
  }

  @Test
  void replacingATypeMakesTheNextVersion() {
    Catalog catalog = Catalog.of(1, List.of(lateDelivery));
    RecordType renamed = aType("late-delivery").named("Delivery late", "逾期交付").build();

    Catalog next = catalog.replacing(renamed);

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.find("late-delivery")).contains(renamed);
  }

  @Test
  void replacingAnUnknownTypeFails() {
    Catalog catalog = Catalog.of(1, List.of(lateDelivery));

    assertThatThrownBy(() -> catalog.replacing(bidRigging))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void theListOfTypesCannotBeChanged() {
    Catalog catalog = Catalog.of(1, List.of(lateDelivery));

    assertThatThrownBy(() -> catalog.all().add(bidRigging))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
