package org.chengxin.synth;

import java.util.List;
import org.chengxin.identity.model.SubjectKind;

/**
 * How often each record type happens to a subject of each kind, per year, and which provider
 * reports it. Negative rates are for an average subject; each subject's risk profile scales them.
 */
final class Rates {
  private Rates() {}

  /**
   * One stream of events: {@code perYear} expected events of {@code type}, from {@code provider}.
   */
  record Stream(SubjectKind kind, String type, String provider, double perYear, boolean negative) {}

  static final List<Stream> ALL =
      List.of(
          // Persons: mostly good or neutral news; negatives cluster in a few files.
          pos(SubjectKind.PERSON, "loan-repaid", "bank", 0.30),
          neg(SubjectKind.PERSON, "loan-default", "bank", 0.012),
          neg(SubjectKind.PERSON, "bank-arrears-cycle", "bank", 0.025),
          neg(SubjectKind.PERSON, "illegal-fundraising", "bank", 0.0001),
          neg(SubjectKind.PERSON, "traffic-fine-overdue", "transport", 0.02),
          neg(SubjectKind.PERSON, "fare-evasion", "transport", 0.005),
          neg(SubjectKind.PERSON, "public-utility-fees-late", "utilities", 0.02),
          neg(SubjectKind.PERSON, "utility-theft", "utilities", 0.0005),
          neg(SubjectKind.PERSON, "public-utility-damage", "utilities", 0.0001),
          neg(SubjectKind.PERSON, "judgment-breach-of-contract", "court", 0.003),
          neg(SubjectKind.PERSON, "court-confirmed-utility-arrears", "court", 0.001),
          neg(SubjectKind.PERSON, "court-judgment-unperformed", "court", 0.003),
          neg(SubjectKind.PERSON, "pyramid-selling", "amr", 0.0002),
          neg(SubjectKind.PERSON, "commercial-fraud", "amr", 0.0002),
          neg(SubjectKind.PERSON, "medical-insurance-fraud", "health", 0.0001),
          neg(SubjectKind.PERSON, "academic-misconduct", "health", 0.00005),
          neg(SubjectKind.PERSON, "tax-arrears", "tax", 0.002),
          pos(SubjectKind.PERSON, "volunteering", "civil", 0.20),
          pos(SubjectKind.PERSON, "blood-donation", "health", 0.03),
          pos(SubjectKind.PERSON, "charitable-donation", "civil", 0.05),
          pos(SubjectKind.PERSON, "heroic-deed", "civil", 0.0002),
          // Enterprises.
          pos(SubjectKind.ENTERPRISE, "tax-paid-in-full", "tax", 0.70),
          neg(SubjectKind.ENTERPRISE, "tax-arrears", "tax", 0.03),
          neg(SubjectKind.ENTERPRISE, "tax-evasion", "tax", 0.002),
          pos(SubjectKind.ENTERPRISE, "loan-repaid", "bank", 0.30),
          neg(SubjectKind.ENTERPRISE, "loan-default", "bank", 0.02),
          neg(SubjectKind.ENTERPRISE, "admin-penalty-general", "amr", 0.04),
          neg(SubjectKind.ENTERPRISE, "admin-penalty-serious", "amr", 0.003),
          neg(SubjectKind.ENTERPRISE, "product-safety-violation", "amr", 0.01),
          neg(SubjectKind.ENTERPRISE, "product-safety-serious-violation", "amr", 0.001),
          neg(SubjectKind.ENTERPRISE, "food-safety-violation", "amr", 0.01),
          neg(SubjectKind.ENTERPRISE, "false-advertising", "amr", 0.007),
          neg(SubjectKind.ENTERPRISE, "annual-report-overdue", "amr", 0.03),
          neg(SubjectKind.ENTERPRISE, "commercial-fraud", "amr", 0.001),
          neg(SubjectKind.ENTERPRISE, "counterfeiting", "amr", 0.001),
          neg(SubjectKind.ENTERPRISE, "special-equipment-violation", "amr", 0.005),
          neg(SubjectKind.ENTERPRISE, "bid-rigging", "amr", 0.001),
          pos(SubjectKind.ENTERPRISE, "quality-award", "amr", 0.005),
          neg(SubjectKind.ENTERPRISE, "environmental-violation", "eeb", 0.02),
          neg(SubjectKind.ENTERPRISE, "environmental-serious-violation", "eeb", 0.002),
          neg(SubjectKind.ENTERPRISE, "customs-declaration-violation", "customs", 0.005),
          neg(SubjectKind.ENTERPRISE, "customs-smuggling", "customs", 0.0005),
          pos(SubjectKind.ENTERPRISE, "customs-aeo-certified", "customs", 0.002),
          neg(SubjectKind.ENTERPRISE, "wage-arrears", "hrss", 0.005),
          neg(SubjectKind.ENTERPRISE, "work-safety-violation", "emergency", 0.015),
          neg(SubjectKind.ENTERPRISE, "fire-safety-violation", "emergency", 0.01),
          neg(SubjectKind.ENTERPRISE, "court-judgment-unperformed", "court", 0.005),
          neg(SubjectKind.ENTERPRISE, "judgment-breach-of-contract", "court", 0.01),
          pos(SubjectKind.ENTERPRISE, "charitable-donation", "civil", 0.03),
          pos(SubjectKind.ENTERPRISE, "honours-award", "civil", 0.003),
          // Public bodies: arrears to enterprises and broken commitments are what counts.
          neg(SubjectKind.PUBLIC_INSTITUTION, "government-arrears-to-enterprises", "credit", 0.05),
          neg(SubjectKind.PUBLIC_INSTITUTION, "broken-government-commitment", "credit", 0.02),
          pos(SubjectKind.PUBLIC_INSTITUTION, "government-integrity-award", "credit", 0.05),
          // Social organisations.
          pos(SubjectKind.SOCIAL_ORGANISATION, "charitable-donation", "civil", 0.3),
          neg(SubjectKind.SOCIAL_ORGANISATION, "admin-penalty-general", "amr", 0.01));

  private static Stream pos(SubjectKind k, String type, String provider, double rate) {
    return new Stream(k, type, provider, rate, false);
  }

  private static Stream neg(SubjectKind k, String type, String provider, double rate) {
    return new Stream(k, type, provider, rate, true);
  }
}
