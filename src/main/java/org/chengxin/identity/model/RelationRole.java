package org.chengxin.identity.model;

/**
 * The capacity in which a person answers for an organisation. Measures against a listed
 * organisation fall on the people holding these roles.
 */
public enum RelationRole {
  LEGAL_REPRESENTATIVE("法定代表人", "legal representative"),
  PRINCIPAL("主要负责人", "principal"),
  RESPONSIBLE_PERSON("直接责任人", "directly responsible person"),
  ACTUAL_CONTROLLER("实际控制人", "actual controller");

  private final String labelZh;
  private final String labelEn;

  RelationRole(String labelZh, String labelEn) {
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
