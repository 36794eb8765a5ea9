package org.chengxin.catalog.model;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a record type may enter the catalog. Each rule is a named method in {@link
 * #RULES}; {@link #check} runs them all and returns every violation, so a catalog author fixes a
 * file in one pass.
 */
public final class CatalogPolicy {

  /** Credit Reporting Regulation Art. 16: negative information is kept at most 5 years. */
  public static final Period NEGATIVE_MAXIMUM = Period.ofYears(5);

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final int SHORTEST_LEGAL_BASIS = 4;

  private interface Rule {
    void check(RecordType type, List<CatalogViolation> out);
  }

  private final List<Rule> rules;

  public CatalogPolicy(List<ProhibitedCategory> prohibited) {
    List<ProhibitedCategory> categories = List.copyOf(prohibited);
    this.rules =
        List.of(
            CatalogPolicy::codeIsKebabCase,
            CatalogPolicy::namesPresent,
            CatalogPolicy::legalBasisPresent,
            CatalogPolicy::publicityOrdered,
            CatalogPolicy::negativeExpiresWithinFiveYears,
            CatalogPolicy::subjectKindsNamed,
            CatalogPolicy::attributeNamesSnakeCaseAndUnique,
            (type, out) -> ProhibitedScan.check(type, categories, out));
  }

  /** The policy with every category of {@link ProhibitedCategories#ALL}. */
  public static CatalogPolicy standard() {
    return new CatalogPolicy(ProhibitedCategories.ALL);
  }

  public List<CatalogViolation> check(RecordType type) {
    List<CatalogViolation> out = new ArrayList<>();
    rules.forEach(rule -> rule.check(type, out));
    return List.copyOf(out);
  }

  private static void codeIsKebabCase(RecordType type, List<CatalogViolation> out) {
    if (!KEBAB.matcher(type.code()).matches()) {
      out.add(violation("code/not-kebab-case", "code", type, "has a code that is not kebab-case"));
    }
  }

  private static void namesPresent(RecordType type, List<CatalogViolation> out) {
    if (type.nameZh().isBlank()) {
      out.add(violation("names/missing", "nameZh", type, "has no Chinese name"));
    }
    if (type.nameEn().isBlank()) {
      out.add(violation("names/missing", "nameEn", type, "has no English name"));
    }
  }

  private static void legalBasisPresent(RecordType type, List<CatalogViolation> out) {
    String basis = type.legalBasis().strip();
    if (basis.isEmpty()) {
      out.add(
          violation(
              "legal-basis/missing",
              "legalBasis",
              type,
              "cites no legal basis; every type must name the law or rule that allows it"
                  + " (DESIGN principle 1)"));
    } else if (basis.codePointCount(0, basis.length()) < SHORTEST_LEGAL_BASIS) {
      out.add(
          violation(
              "legal-basis/implausible",
              "legalBasis",
              type,
              "cites '" + basis + "' as legal basis, too short to name a law or rule"));
    }
  }

  private static void publicityOrdered(RecordType type, List<CatalogViolation> out) {
    PublicityPeriod p = type.publicity();
    if (!p.minimumAtMostMaximum()) {
      out.add(
          violation(
              "publicity/min-above-max",
              "publicity",
              type,
              "has a minimum publicity period "
                  + p.minimum()
                  + " above its maximum "
                  + p.maximum()));
    }
  }

  private static void negativeExpiresWithinFiveYears(RecordType type, List<CatalogViolation> out) {
    if (type.isNegative() && !type.publicity().maximumAtMost(NEGATIVE_MAXIMUM)) {
      out.add(
          violation(
              "publicity/negative-over-five-years",
              "publicity.maximum",
              type,
              "is negative yet may be shown for "
                  + type.publicity().maximum()
                  + ", longer than the 5 years allowed by Credit Reporting Regulation Art. 16"));
    }
  }

  private static void subjectKindsNamed(RecordType type, List<CatalogViolation> out) {
    if (type.subjectKinds().isEmpty()) {
      out.add(
          violation(
              "subject-kinds/empty", "subjectKinds", type, "names no subject kind it applies to"));
    }
  }

  private static void attributeNamesSnakeCaseAndUnique(
      RecordType type, List<CatalogViolation> out) {
    Set<String> seen = new HashSet<>();
    for (AttributeSpec spec : type.attributes()) {
      String field = "attributes." + spec.name() + ".name";
      if (!SNAKE.matcher(spec.name()).matches()) {
        out.add(
            violation(
                "attributes/not-snake-case",
                field,
                type,
                "has attribute '" + spec.name() + "' whose name is not snake_case"));
      }
      if (!seen.add(spec.name())) {
        out.add(
            violation(
                "attributes/duplicate-name",
                field,
                type,
                "declares attribute '" + spec.name() + "' more than once"));
      }
    }
  }

  static CatalogViolation violation(String rule, String field, RecordType type, String what) {
    return new CatalogViolation(rule, field, "record type '" + type.code() + "' " + what + ".");
  }
}
