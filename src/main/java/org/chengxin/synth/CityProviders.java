package org.chengxin.synth;

import java.util.List;
import java.util.Set;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;

/** The authorised providers of a synthetic city, each for its own record types. */
public final class CityProviders {
  private CityProviders() {}

  /** The providers, authorised for the city's prefecture ({@code prefecture}, 4 digits). */
  public static List<Provider> of(String prefecture) {
    String p = prefecture;
    return List.of(
        provider(
            p,
            "court",
            "人民法院",
            "People's Court",
            ProviderKind.COURT,
            "court-judgment-unperformed",
            "judgment-breach-of-contract",
            "court-confirmed-utility-arrears",
            "false-litigation"),
        provider(
            p,
            "tax",
            "税务局",
            "Tax Bureau",
            ProviderKind.TAX_BUREAU,
            "tax-arrears",
            "tax-paid-in-full",
            "tax-evasion"),
        provider(
            p,
            "amr",
            "市场监督管理局",
            "Administration for Market Regulation",
            ProviderKind.MARKET_REGULATOR,
            "admin-penalty-general",
            "admin-penalty-serious",
            "product-safety-violation",
            "product-safety-serious-violation",
            "food-safety-violation",
            "false-advertising",
            "annual-report-overdue",
            "commercial-fraud",
            "counterfeiting",
            "pyramid-selling",
            "quality-award",
            "special-equipment-violation",
            "bid-rigging"),
        provider(
            p,
            "eeb",
            "生态环境局",
            "Ecology and Environment Bureau",
            ProviderKind.ENVIRONMENT_BUREAU,
            "environmental-violation",
            "environmental-serious-violation"),
        provider(
            p,
            "customs",
            "海关",
            "Customs",
            ProviderKind.CUSTOMS,
            "customs-smuggling",
            "customs-declaration-violation",
            "customs-aeo-certified"),
        provider(
            p,
            "bank",
            "商业银行",
            "Commercial Bank",
            ProviderKind.BANK,
            "loan-default",
            "loan-repaid",
            "bank-arrears-cycle",
            "illegal-fundraising"),
        provider(
            p,
            "transport",
            "交通运输局",
            "Transport Bureau",
            ProviderKind.TRANSPORT,
            "fare-evasion",
            "traffic-fine-overdue"),
        provider(
            p,
            "utilities",
            "公用事业服务中心",
            "Public Utilities Service Centre",
            ProviderKind.UTILITY,
            "public-utility-fees-late",
            "utility-theft",
            "public-utility-damage"),
        provider(
            p,
            "civil",
            "民政局",
            "Civil Affairs Bureau",
            ProviderKind.CIVIL_AFFAIRS,
            "volunteering",
            "charitable-donation",
            "heroic-deed",
            "honours-award"),
        provider(
            p,
            "health",
            "卫生健康委员会",
            "Health Commission",
            ProviderKind.HEALTH_COMMISSION,
            "blood-donation",
            "medical-insurance-fraud",
            "academic-misconduct"),
        provider(
            p,
            "hrss",
            "人力资源和社会保障局",
            "Human Resources and Social Security Bureau",
            ProviderKind.HUMAN_RESOURCES,
            "wage-arrears"),
        provider(
            p,
            "emergency",
            "应急管理局",
            "Emergency Management Bureau",
            ProviderKind.EMERGENCY_MANAGEMENT,
            "work-safety-violation",
            "fire-safety-violation"),
        provider(
            p,
            "credit",
            "社会信用体系建设办公室",
            "Social Credit Office",
            ProviderKind.CREDIT_CENTRE,
            "government-arrears-to-enterprises",
            "broken-government-commitment",
            "government-integrity-award",
            "missed-statutory-deadline"));
  }

  private static Provider provider(
      String prefecture, String slug, String zh, String en, ProviderKind kind, String... types) {
    return new Provider(
        "c" + prefecture + "-" + slug, zh, en, kind, Set.of(types), List.of(prefecture), true);
  }
}
