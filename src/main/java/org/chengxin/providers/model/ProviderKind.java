package org.chengxin.providers.model;

/** The kinds of authorised source (信息提供单位) that submit credit information. */
public enum ProviderKind {
  COURT,
  TAX_BUREAU,
  MARKET_REGULATOR,
  ENVIRONMENT_BUREAU,
  CUSTOMS,
  BANK,
  TRANSPORT,
  UTILITY,
  CIVIL_AFFAIRS,
  HEALTH_COMMISSION,
  HUMAN_RESOURCES,
  EMERGENCY_MANAGEMENT,
  VILLAGE_COMMITTEE,
  CREDIT_CENTRE,
  OTHER
}
