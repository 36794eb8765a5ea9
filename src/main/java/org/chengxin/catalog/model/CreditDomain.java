package org.chengxin.catalog.model;

/** The four areas of the social credit system; every record type belongs to exactly one. */
public enum CreditDomain {
  GOVERNMENT_AFFAIRS("政务诚信", "government affairs integrity"),
  COMMERCIAL("商务诚信", "commercial integrity"),
  SOCIETAL("社会诚信", "societal integrity"),
  JUDICIAL("司法公信", "judicial credibility");

  private final String labelZh;
  private final String labelEn;

  CreditDomain(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }
}
