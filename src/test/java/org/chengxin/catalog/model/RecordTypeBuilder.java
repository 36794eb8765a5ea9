package org.chengxin.catalog.model;

import java.util.List;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;

/**
 * Test data: a valid negative commercial type, changed one aspect at a time, e.g. {@code
 * aType("church-attendance").named("Church attendance", "参加教会活动").build()}.
 */
public final class RecordTypeBuilder {

  private String code;
  private String nameEn = "Late delivery";
  private String nameZh = "延迟交付";
  private String category = "contract performance";
  private CreditDomain domain = CreditDomain.COMMERCIAL;
  private Set<SubjectKind> kinds = Set.of(SubjectKind.ENTERPRISE);
  private Polarity polarity = Polarity.NEGATIVE;
  private Severity severity = Severity.GENERAL;
  private String legalBasis = "《中华人民共和国民法典》第五百七十七条";
  private Disclosure disclosure = Disclosure.PUBLIC;
  private PublicityPeriod publicity = PublicityPeriod.of("P3M", "P1Y");
  private List<AttributeSpec> attributes = List.of();

  private RecordTypeBuilder(String code) {
    this.code = code;
  }

  public static RecordTypeBuilder aType(String code) {
    return new RecordTypeBuilder(code);
  }

  public RecordTypeBuilder named(String english, String chinese) {
    this.nameEn = english;
    this.nameZh = chinese;
    return this;
  }

  public RecordTypeBuilder category(String category) {
    this.category = category;
    return this;
  }

  public RecordTypeBuilder domain(CreditDomain domain) {
    this.domain = domain;
    return this;
  }

  public RecordTypeBuilder kinds(SubjectKind... kinds) {
    this.kinds = Set.of(kinds);
    return this;
  }

  public RecordTypeBuilder positive() {
    this.polarity = Polarity.POSITIVE;
    return this;
  }

  public RecordTypeBuilder legalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
    return this;
  }

  public RecordTypeBuilder publicity(String minimum, String maximum) {
    this.publicity = PublicityPeriod.of(minimum, maximum);
    return this;
  }

  public RecordTypeBuilder attributes(AttributeSpec... attributes) {
    this.attributes = List.of(attributes);
    return this;
  }

  public RecordType build() {
    return new RecordType(
        code,
        nameZh,
        nameEn,
        category,
        domain,
        kinds,
        polarity,
        severity,
        legalBasis,
        disclosure,
        publicity,
        attributes);
  }
}
