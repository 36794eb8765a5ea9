package org.chengxin.scoring.model;

/**
 * The national guardrails a scheme must pass before publication (DESIGN principle 7), as named
 * values: a stable id clients may switch on, and the principle quoted in every message so a refusal
 * explains itself. {@code docs/guardrails.md} lists each with its source.
 */
public enum Guardrail {
  JURISDICTION("jurisdiction", "a scheme applies to an administrative-division prefix"),
  NO_SUBJECT_KIND("no-subject-kind", "a scheme names the subject kinds it rates"),
  DUPLICATE_DIMENSION("duplicate-dimension", "each dimension is declared once"),
  UNKNOWN_DIMENSION(
      "unknown-dimension", "schemes use only the dimensions the national policy names"),
  MISSING_DIMENSION("missing-dimension", "financial and social scores are kept, and kept apart"),
  RESERVED_DIMENSION("reserved-dimension", "some dimensions exist only for some subject kinds"),
  TIERS_MISSING("tiers-missing", "every score has a rating"),
  TIERS_GAP("tiers-gap", "tiers cover the whole range"),
  TIERS_OVERLAP("tiers-overlap", "every score has exactly one rating"),
  TIERS_OPEN_ENDED("tiers-open-ended", "tiers reach from minus to plus infinity"),
  TIERS_ORDER("tiers-order", "tiers are listed in score order"),
  DUPLICATE_RATING("duplicate-rating", "a rating names one tier"),
  BASE_OUTSIDE_TIERS("base-outside-tiers", "a subject with no records has a rating"),
  COMPOSITE_WEIGHTS(
      "composite-weights", "a composite weighs declared dimensions, in percent summing to 100"),
  DUPLICATE_RULE_ID("duplicate-rule-id", "explanations name each rule unambiguously"),
  UNDECLARED_DIMENSION("undeclared-dimension", "a rule moves a dimension its scheme declares"),
  UNCATALOGUED_TYPE("uncatalogued-type", "only catalogued record types count"),
  TYPE_NOT_SCORABLE("type-not-scorable", "only types the national policy allows are scored"),
  TYPE_NOT_FOR_SUBJECT_KIND(
      "type-not-for-subject-kind", "a rule scores a type its scheme's subjects can have"),
  CROSS_DOMAIN("cross-domain", "no penalty or reward in one domain for behaviour in another"),
  MINOR_NOT_SCORED(
      "minor-not-scored", "minor negative records are not published, so they are not scored"),
  POLARITY("polarity", "negative records take points, positive records give them"),
  POINTS_ABOVE_SEVERITY_CAP(
      "points-above-severity-cap", "a record moves a score at most as far as its severity allows"),
  PER_UNIT_UNCAPPED("per-unit-uncapped", "points per unit are bounded per record"),
  PER_UNIT_ATTRIBUTE(
      "per-unit-attribute", "points multiply only a declared, non-negative numeric attribute"),
  CONDITION_ATTRIBUTE("condition-attribute", "conditions test attributes the type declares"),
  CONDITION_COMPARISON(
      "condition-comparison", "a condition compares an attribute with a value of its kind"),
  HALF_LIFE("half-life", "decay only shrinks a record's points");

  private final String id;
  private final String principle;

  Guardrail(String id, String principle) {
    this.id = id;
    this.principle = principle;
  }

  public String id() {
    return id;
  }

  public String principle() {
    return principle;
  }

  /** A violation by one rule: "rule ID: PROBLEM (guardrail ID: PRINCIPLE)". */
  SchemeViolation byRule(String ruleId, String problem) {
    return new SchemeViolation(id, ruleId, "rule " + ruleId + ": " + problem + suffix());
  }

  /** A violation by the scheme as a whole; {@code where} is e.g. "dimension financial". */
  SchemeViolation byScheme(String where, String problem) {
    return new SchemeViolation(id, null, where + ": " + problem + suffix());
  }

  private String suffix() {
    return " (guardrail " + id + ": " + principle + ")";
  }
}
