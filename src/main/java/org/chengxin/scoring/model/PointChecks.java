package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.RecordType;

/**
 * Bounds the points one record can move a score — after {@code perUnitOf} multiplies them and the
 * per-record cap limits them — and holds that bound to the national cap for the type's severity.
 */
final class PointChecks {

  private PointChecks() {}

  static void check(Rule rule, RecordType type, NationalPolicy policy, List<SchemeViolation> out) {
    Optional<BigDecimal> bound = effectiveBound(rule, type, out);
    int max = policy.maxPoints(type.severity());
    if (bound.isPresent() && bound.get().compareTo(BigDecimal.valueOf(max)) > 0) {
      out.add(
          Guardrail.POINTS_ABOVE_SEVERITY_CAP.byRule(
              rule.id(),
              "a "
                  + type.severity()
                  + " record ("
                  + type.code()
                  + ") may move a score by up to "
                  + bound.get().stripTrailingZeros().toPlainString()
                  + " points, above the national cap of "
                  + max));
    }
  }

  /** The largest |points| one record can contribute, or empty if unknown or unbounded. */
  private static Optional<BigDecimal> effectiveBound(
      Rule rule, RecordType type, List<SchemeViolation> out) {
    BigDecimal points = BigDecimal.valueOf(Math.abs((long) rule.points()));
    Integer perRecord = rule.caps().perRecord();
    BigDecimal cap = perRecord == null ? null : BigDecimal.valueOf(perRecord);
    if (rule.perUnitOf() == null) {
      return Optional.of(cap == null ? points : points.min(cap));
    }
    Optional<AttributeSpec> spec = type.attribute(rule.perUnitOf());
    if (spec.isEmpty() || !numeric(spec.get().kind())) {
      out.add(
          Guardrail.PER_UNIT_ATTRIBUTE.byRule(
              rule.id(),
              "perUnitOf '" + rule.perUnitOf() + "' is not a numeric attribute of " + type.code()));
      return Optional.ofNullable(cap);
    }
    AttributeSpec attribute = spec.get();
    if (attribute.min() == null || attribute.min().signum() < 0) {
      // A negative multiplier would turn a penalty into a reward.
      out.add(
          Guardrail.PER_UNIT_ATTRIBUTE.byRule(
              rule.id(),
              "perUnitOf '"
                  + rule.perUnitOf()
                  + "' may be negative (the catalog declares no minimum of 0 or more)"));
    }
    if (attribute.max() == null && cap == null) {
      out.add(
          Guardrail.PER_UNIT_UNCAPPED.byRule(
              rule.id(),
              "points per "
                  + rule.perUnitOf()
                  + " have no bound: the attribute declares no maximum and the rule no"
                  + " per-record cap"));
      return Optional.empty();
    }
    // A record without the attribute counts one unit, so never fewer than one.
    BigDecimal multiplied =
        attribute.max() == null ? null : points.multiply(attribute.max().max(BigDecimal.ONE));
    return Optional.of(multiplied == null ? cap : cap == null ? multiplied : multiplied.min(cap));
  }

  static boolean numeric(AttributeKind kind) {
    return kind == AttributeKind.INTEGER || kind == AttributeKind.DECIMAL;
  }
}
