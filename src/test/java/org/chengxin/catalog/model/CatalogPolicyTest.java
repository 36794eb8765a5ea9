package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chengxin.catalog.model.RecordTypeBuilder.aType;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogPolicyTest {

  private final CatalogPolicy policy = CatalogPolicy.standard();

  @Test
  void aWellFormedTypePasses() {
    assertThat(policy.check(aType("late-delivery").build())).isEmpty();
  }

  @Test
  void aTypeWithoutLegalBasisIsRefusedNamingTheRule() {
    List<CatalogViolation> violations =
        policy.check(aType("late-delivery").legalBasis(" ").build());

    assertThat(violations)
        .singleElement()
        .satisfies(v -> {
          assertThat(v.rule()).isEqualTo("legal-basis/missing");
          assertThat(v.field()).isEqualTo("legalBasis");
          assertThat(v.message()).startsWith("record type 'late-delivery' cites no legal basis");
        });
  }

  @Test
  void aLegalBasisTooShortToNameALawIsImplausible() {
    assertThat(rules(aType("late-delivery").legalBasis("《法》").build()))
        .containsExactly("legal-basis/implausible");
  }

  @Test
  void aMinimumPublicityAboveTheMaximumIsRefused() {
    assertThat(rules(aType("late-delivery").publicity("P2Y", "P1Y").build()))
        .containsExactly("publicity/min-above-max");
  }

  @Test
  void negativeInformationKeptLongerThanFiveYearsIsRefused() {
    assertThat(rules(aType("late-delivery").publicity("P1Y", "P5Y1M").build()))
        .containsExactly("publicity/negative-over-five-years");
  }

  @Test
  void negativeInformationKeptExactlyFiveYearsPasses() {
    assertThat(policy.check(aType("loan-default").publicity("P3M", "P60M").build())).isEmpty();
  }

  @Test
  void positiveInformationMayCountLongerThanFiveYears() {
    assertThat(policy.check(aType("heroic-deed").positive().publicity("P10Y", "P10Y").build()))
        .isEmpty();
  }

  @Test
  void aTypeForNoSubjectKindIsRefused() {
    assertThat(rules(aType("late-delivery").kinds().build()))
        .containsExactly("subject-kinds/empty");
  }

  @Test
  void attributeNamesMustBeSnakeCaseAndUnique() {
    RecordType type =
        aType("late-delivery")
            .attributes(
                AttributeSpec.of("daysLate", AttributeKind.INTEGER, false),
                AttributeSpec.of("amount", AttributeKind.DECIMAL, false),
                AttributeSpec.of("amount", AttributeKind.DECIMAL, false))
            .build();

    assertThat(policy.check(type))
        .extracting(CatalogViolation::rule, CatalogViolation::field)
        .containsExactly(
            tuple("attributes/not-snake-case", "attributes.daysLate.name"),
            tuple("attributes/duplicate-name", "attributes.amount.name"));
  }

  @Test
  void codesMustBeKebabCase() {
    assertThat(rules(aType("Late_Delivery").build())).containsExactly("code/not-kebab-case");
  }

  @Test
  void blankNamesAreRefused() {
    assertThat(rules(aType("late-delivery").named("", " ").build()))
        .containsExactly("names/missing", "names/missing");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    RecordType type =
        aType("church-attendance")
            .named("Church attendance", "参加教会活动")
            .legalBasis("")
            .publicity("P7Y", "P6Y")
            .kinds()
            .build();

    assertThat(rules(type))
        .containsExactly(
            "legal-basis/missing",
            "publicity/min-above-max",
            "publicity/negative-over-five-years",
            "subject-kinds/empty",
            "prohibited-category/religion");
  }

  private List<String> rules(RecordType type) {
    return policy.check(type).stream().map(CatalogViolation::rule).toList();
  }
}
