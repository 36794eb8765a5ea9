package org.chengxin.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.CatalogRefusedException;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.model.RecordTypeBuilder;
import org.junit.jupiter.api.Test;

class CatalogYamlTest {

  private static final String LOAN_DEFAULT =
      """
        - code: loan-default
          nameZh: 贷款逾期违约
          nameEn: Loan default
          category: loan performance
          domain: COMMERCIAL
          subjectKinds: [PERSON, ENTERPRISE]
          polarity: NEGATIVE
          severity: GENERAL
          legalBasis: 《征信业管理条例》第十五条
          disclosure: SUBJECT_AND_AUTHORISED
          publicity: {minimum: P3M, maximum: P5Y}
          attributes:
            - {name: amount, kind: DECIMAL, required: true, min: 0.01, unit: yuan}
      """;

  @Test
  void writingThenReadingTheDefaultCatalogGivesAnEqualCatalog() {
    Catalog shipped = CatalogYaml.readDefault();

    Catalog reread = CatalogYaml.read(CatalogYaml.write(shipped));

    assertThat(reread).isEqualTo(shipped);
    assertThat(reread.all()).containsExactlyElementsOf(shipped.all());
  }

  @Test
  void decimalBoundsSurviveTheRoundTrip() {
    RecordType type =
        RecordTypeBuilder.aType("late-delivery")
            .attributes(
                AttributeSpec.number("amount", AttributeKind.DECIMAL, true, "0.50", "100", "yuan"),
                AttributeSpec.text("note", false, 200, "Why it was late"))
            .build();
    Catalog catalog = Catalog.of(3, List.of(type));

    assertThat(CatalogYaml.read(CatalogYaml.write(catalog))).isEqualTo(catalog);
  }

  @Test
  void aRecordTypeSurvivesAJsonTree() {
    RecordType type = CatalogYaml.readDefault().find("court-judgment-unperformed").orElseThrow();

    assertThat(RecordTypeMapping.fromTree(RecordTypeMapping.toTree(type), 1)).isEqualTo(type);
  }

  @Test
  void anUnknownEnumValueNamesTheTypeAndField() {
    assertFormatError(
        LOAN_DEFAULT.replace("polarity: NEGATIVE", "polarity: BAD"),
        "record type 'loan-default', field 'polarity': 'BAD' is not one of [NEGATIVE, POSITIVE]");
  }

  @Test
  void aMissingFieldNamesTheTypeAndField() {
    assertFormatError(
        LOAN_DEFAULT.replace("nameEn: Loan default", ""),
        "record type 'loan-default', field 'nameEn': is required");
  }

  @Test
  void aMalformedPeriodNamesTheTypeAndField() {
    assertFormatError(
        LOAN_DEFAULT.replace("P5Y", "5 years"),
        "record type 'loan-default', field 'publicity.maximum': '5 years' is not an ISO-8601"
            + " period");
  }

  @Test
  void aMisspelledFieldNamesTheTypeAndField() {
    assertFormatError(
        LOAN_DEFAULT.replace("legalBasis:", "legal_basis:"),
        "record type 'loan-default', field 'legal_basis': is not a known field");
  }

  @Test
  void aBadAttributeNamesTheTypeAndAttributeField() {
    assertFormatError(
        LOAN_DEFAULT.replace("kind: DECIMAL", "kind: MONEY"),
        "record type 'loan-default', field 'attributes.amount.kind': 'MONEY' is not one of");
    assertFormatError(
        LOAN_DEFAULT.replace("min: 0.01", "min: cheap"),
        "record type 'loan-default', field 'attributes.amount.min': must be a number");
    assertFormatError(
        LOAN_DEFAULT.replace("kind: DECIMAL", "kind: TEXT"),
        "record type 'loan-default', field 'attributes.amount': attribute 'amount': min and max");
  }

  @Test
  void aTypeWithoutACodeIsNamedByItsPosition() {
    assertFormatError(
        LOAN_DEFAULT.replace("code: loan-default", "code: 42"),
        "record type #1, field 'code': must be text");
  }

  @Test
  void brokenYamlSaysSo() {
    assertFormatError("version: 1\ntypes: [unclosed", "catalog file is not valid YAML");
  }

  @Test
  void aMissingVersionIsReported() {
    assertFormatError("types: []", "catalog file, field 'version': is required");
  }

  @Test
  void aTypeThePolicyRefusesIsRefusedWithTheRuleBroken() {
    String yaml = "version: 1\ntypes:\n" + LOAN_DEFAULT.replace("P5Y", "P6Y");

    assertThatThrownBy(() -> CatalogYaml.read(yaml))
        .isInstanceOf(CatalogRefusedException.class)
        .hasMessageContaining("publicity/negative-over-five-years")
        .hasMessageContaining("record type 'loan-default'");
  }

  private static void assertFormatError(String typesOrFile, String expected) {
    String yaml =
        typesOrFile.startsWith("version") || typesOrFile.startsWith("types")
            ? typesOrFile
            : "version: 1\ntypes:\n" + typesOrFile;

    assertThatThrownBy(() -> CatalogYaml.read(yaml))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessageContaining(expected);
  }
}
