package org.chengxin.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.CatalogPolicy;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.Polarity;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.model.Severity;
import org.chengxin.identity.model.SubjectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog shipped in the jar: other capabilities depend on these codes and meanings. */
class DefaultCatalogTest {

  private static final Catalog CATALOG = CatalogYaml.readDefault();

  @Test
  void loadsWithAtLeastFortyTypesAcrossAllFourDomains() {
    assertThat(CATALOG.version()).isEqualTo(1);
    assertThat(CATALOG.all()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(CATALOG.all().stream().map(RecordType::domain).distinct())
        .containsExactlyInAnyOrder(CreditDomain.values());
  }

  @Test
  void everyTypePassesThePolicy() {
    CatalogPolicy policy = CatalogPolicy.standard();

    assertThat(CATALOG.all()).allSatisfy(type -> assertThat(policy.check(type)).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "loan-default, COMMERCIAL, NEGATIVE, GENERAL",
    "loan-repaid, COMMERCIAL, POSITIVE, MINOR",
    "bank-arrears-cycle, COMMERCIAL, NEGATIVE, MINOR",
    "tax-arrears, COMMERCIAL, NEGATIVE, GENERAL",
    "tax-paid-in-full, COMMERCIAL, POSITIVE, MINOR",
    "tax-evasion, COMMERCIAL, NEGATIVE, SERIOUS",
    "illegal-fundraising, COMMERCIAL, NEGATIVE, SERIOUS",
    "pyramid-selling, COMMERCIAL, NEGATIVE, SERIOUS",
    "commercial-fraud, COMMERCIAL, NEGATIVE, SERIOUS",
    "counterfeiting, COMMERCIAL, NEGATIVE, SERIOUS",
    "product-safety-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "product-safety-serious-violation, COMMERCIAL, NEGATIVE, SERIOUS",
    "environmental-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "environmental-serious-violation, COMMERCIAL, NEGATIVE, SERIOUS",
    "admin-penalty-general, COMMERCIAL, NEGATIVE, GENERAL",
    "admin-penalty-serious, COMMERCIAL, NEGATIVE, SERIOUS",
    "food-safety-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "work-safety-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "fire-safety-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "special-equipment-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "wage-arrears, COMMERCIAL, NEGATIVE, SERIOUS",
    "customs-smuggling, COMMERCIAL, NEGATIVE, SERIOUS",
    "customs-declaration-violation, COMMERCIAL, NEGATIVE, GENERAL",
    "customs-aeo-certified, COMMERCIAL, POSITIVE, GENERAL",
    "bid-rigging, COMMERCIAL, NEGATIVE, SERIOUS",
    "false-advertising, COMMERCIAL, NEGATIVE, GENERAL",
    "annual-report-overdue, COMMERCIAL, NEGATIVE, MINOR",
    "quality-award, COMMERCIAL, POSITIVE, GENERAL",
    "volunteering, SOCIETAL, POSITIVE, MINOR",
    "blood-donation, SOCIETAL, POSITIVE, MINOR",
    "charitable-donation, SOCIETAL, POSITIVE, MINOR",
    "heroic-deed, SOCIETAL, POSITIVE, SERIOUS",
    "fare-evasion, SOCIETAL, NEGATIVE, MINOR",
    "traffic-fine-overdue, SOCIETAL, NEGATIVE, MINOR",
    "public-utility-fees-late, SOCIETAL, NEGATIVE, MINOR",
    "utility-theft, SOCIETAL, NEGATIVE, GENERAL",
    "public-utility-damage, SOCIETAL, NEGATIVE, SERIOUS",
    "academic-misconduct, SOCIETAL, NEGATIVE, GENERAL",
    "medical-insurance-fraud, SOCIETAL, NEGATIVE, SERIOUS",
    "court-judgment-unperformed, JUDICIAL, NEGATIVE, SERIOUS",
    "judgment-breach-of-contract, JUDICIAL, NEGATIVE, GENERAL",
    "court-confirmed-utility-arrears, JUDICIAL, NEGATIVE, GENERAL",
    "false-litigation, JUDICIAL, NEGATIVE, SERIOUS",
    "government-arrears-to-enterprises, GOVERNMENT_AFFAIRS, NEGATIVE, GENERAL",
    "broken-government-commitment, GOVERNMENT_AFFAIRS, NEGATIVE, GENERAL",
    "missed-statutory-deadline, GOVERNMENT_AFFAIRS, NEGATIVE, GENERAL",
    "government-integrity-award, GOVERNMENT_AFFAIRS, POSITIVE, GENERAL",
    "honours-award, GOVERNMENT_AFFAIRS, POSITIVE, GENERAL"
  })
  void aCodeOthersDependOnHasItsAgreedMeaning(
      String code, CreditDomain domain, Polarity polarity, Severity severity) {
    assertThat(CATALOG.find(code))
        .hasValueSatisfying(type -> {
          assertThat(type.domain()).isEqualTo(domain);
          assertThat(type.polarity()).isEqualTo(polarity);
          assertThat(type.severity()).isEqualTo(severity);
        });
  }

  @Test
  void agreedAttributesHaveTheirAgreedKinds() {
    assertAttribute("loan-default", "amount", AttributeKind.DECIMAL, true);
    assertAttribute("loan-default", "overdue_days", AttributeKind.INTEGER, false);
    assertAttribute("bank-arrears-cycle", "cycles", AttributeKind.INTEGER, false);
    assertAttribute("tax-arrears", "tax_kind", AttributeKind.ENUM, false);
    assertAttribute("tax-paid-in-full", "year", AttributeKind.INTEGER, false);
    assertAttribute("environmental-violation", "pollutant", AttributeKind.ENUM, false);
    assertAttribute("volunteering", "hours", AttributeKind.DECIMAL, true);
    assertAttribute("blood-donation", "millilitres", AttributeKind.INTEGER, false);
    assertAttribute("public-utility-fees-late", "months", AttributeKind.INTEGER, false);
    assertAttribute("court-judgment-unperformed", "case_number", AttributeKind.TEXT, true);
    assertAttribute(
        "government-arrears-to-enterprises", "days_overdue", AttributeKind.INTEGER, false);
    assertAttribute("missed-statutory-deadline", "days_late", AttributeKind.INTEGER, false);
    assertThat(attribute("missed-statutory-deadline", "case_kind").values())
        .containsExactly("objection", "repair", "correction");
    assertThat(attribute("court-judgment-unperformed", "ground").values()).hasSize(6);
    assertThat(attribute("bank-arrears-cycle", "cycles").min()).isEqualByComparingTo("1");
  }

  @Test
  void governmentAffairsTypesApplyToPublicInstitutions() {
    assertThat(CATALOG.all())
        .filteredOn(type -> type.domain() == CreditDomain.GOVERNMENT_AFFAIRS)
        .allSatisfy(type -> assertThat(type.appliesTo(SubjectKind.PUBLIC_INSTITUTION)).isTrue());
    assertThat(CATALOG.find("honours-award").orElseThrow().subjectKinds())
        .containsExactlyInAnyOrder(SubjectKind.values());
  }

  @Test
  void safetyRecordsAreShownAtLeastAYear() {
    for (String code :
        List.of("work-safety-violation", "fire-safety-violation", "special-equipment-violation")) {
      assertThat(CATALOG.find(code).orElseThrow().publicity().minimum())
          .isEqualTo(Period.ofYears(1));
    }
  }

  @Test
  void bloodDonationIsAPositiveSocietalRecordUnderTheBloodDonationLaw() {
    RecordType donation = CATALOG.find("blood-donation").orElseThrow();

    assertThat(donation.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(donation.domain()).isEqualTo(CreditDomain.SOCIETAL);
    assertThat(donation.legalBasis()).contains("献血法");
    assertThat(donation.attributes())
        .extracting(AttributeSpec::name)
        .containsExactly("millilitres");
  }

  @Test
  void everyTypeHasBothNamesAndACitedLaw() {
    assertThat(CATALOG.all())
        .allSatisfy(type -> {
          assertThat(type.nameZh()).isNotBlank();
          assertThat(type.nameEn()).isNotBlank();
          assertThat(type.legalBasis()).contains("《");
        });
  }

  private static void assertAttribute(
      String code, String name, AttributeKind kind, boolean required) {
    AttributeSpec spec = attribute(code, name);
    assertThat(spec.kind()).as(code + "." + name).isEqualTo(kind);
    assertThat(spec.required()).as(code + "." + name + " required").isEqualTo(required);
  }

  private static AttributeSpec attribute(String code, String name) {
    return CATALOG.find(code).orElseThrow().attribute(name).orElseThrow();
  }
}
