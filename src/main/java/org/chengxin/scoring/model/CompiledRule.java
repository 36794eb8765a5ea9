package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.chengxin.catalog.model.RecordType;

/**
 * A {@link Rule} checked against its catalog type and ready to evaluate: conditions compiled, caps
 * as numbers, the half-life in days. Immutable; one instance serves every scoring run.
 */
final class CompiledRule {

  // A period's length in days at the Gregorian average, so decay depends on elapsed days only.
  private static final double DAYS_PER_MONTH = 365.2425 / 12;

  private final Rule rule;
  private final int index;
  private final int dimension;
  private final CompiledCondition[] conditions;
  private final BigDecimal points;
  private final BigDecimal perRecordCap;
  private final long perYearCap;
  private final long lifetimeCap;
  private final double halfLifeDays;
  private final String legalBasis;

  CompiledRule(Rule rule, int index, int dimension, RecordType type, String owner) {
    this.rule = rule;
    this.index = index;
    this.dimension = dimension;
    this.conditions =
        rule.when().stream()
            .map(c -> new CompiledCondition(c, type, owner))
            .toArray(CompiledCondition[]::new);
    checkPerUnit(rule.perUnitOf(), type, owner);
    this.points = BigDecimal.valueOf(rule.points());
    // No per-record cap still leaves the int range, so a contribution always fits an int.
    Caps caps = rule.caps();
    this.perRecordCap = BigDecimal.valueOf(orElse(caps.perRecord(), Integer.MAX_VALUE));
    this.perYearCap = orElse(caps.perYear(), Long.MAX_VALUE);
    this.lifetimeCap = orElse(caps.lifetime(), Long.MAX_VALUE);
    this.halfLifeDays = halfLifeDays(rule.halfLife(), owner);
    this.legalBasis = type.legalBasis();
  }

  boolean matches(ScoredRecord record) {
    for (CompiledCondition condition : conditions) {
      if (!condition.holds(record.attributes())) {
        return false;
      }
    }
    return true;
  }

  /** Steps 1–3 of {@link Contribution}; the caps the budgets hold are applied by the caller. */
  Contribution contribute(ScoredRecord record, LocalDate asOf, CapBudgets budgets) {
    BigDecimal raw = points.multiply(units(record));
    BigDecimal capped =
        raw.abs().compareTo(perRecordCap) > 0
            ? (raw.signum() < 0 ? perRecordCap.negate() : perRecordCap)
            : raw;
    int decayed = decay(capped, ChronoUnit.DAYS.between(record.eventDate(), asOf));
    int finalPoints = budgets.take(this, record.eventDate().getYear(), decayed);
    String basis = record.legalBasis().isBlank() ? legalBasis : record.legalBasis();
    return new Contribution(
        record.id(),
        rule.id(),
        rule.reasonCode(),
        rule.dimension(),
        record.type(),
        raw,
        capped,
        decayed,
        finalPoints,
        basis);
  }

  private BigDecimal units(ScoredRecord record) {
    if (rule.perUnitOf() == null) {
      return BigDecimal.ONE;
    }
    return record.attributes().get(rule.perUnitOf()) instanceof Number n
        ? Numbers.decimal(n)
        : BigDecimal.ONE;
  }

  // |result| <= |capped| because the factor is at most 1 and rounding never passes an integer cap.
  private int decay(BigDecimal capped, long elapsedDays) {
    BigDecimal factor =
        halfLifeDays == 0 || elapsedDays <= 0
            ? BigDecimal.ONE
            : new BigDecimal(StrictMath.pow(0.5, elapsedDays / halfLifeDays));
    return capped.multiply(factor).setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  private static double halfLifeDays(Period halfLife, String owner) {
    if (halfLife == null) {
      return 0;
    }
    double days = halfLife.toTotalMonths() * DAYS_PER_MONTH + halfLife.getDays();
    if (halfLife.isNegative() || days <= 0) {
      throw new IllegalArgumentException(owner + ": halfLife must be positive, not " + halfLife);
    }
    return days;
  }

  private static void checkPerUnit(String attribute, RecordType type, String owner) {
    if (attribute != null
        && type.attribute(attribute).filter(a -> CompiledCondition.isNumeric(a.kind())).isEmpty()) {
      throw new IllegalArgumentException(
          owner + ": perUnitOf '" + attribute + "' is not a numeric attribute of " + type.code());
    }
  }

  private static long orElse(Integer value, long otherwise) {
    return value == null ? otherwise : value;
  }

  Rule rule() {
    return rule;
  }

  int index() {
    return index;
  }

  int dimension() {
    return dimension;
  }

  long perYearCap() {
    return perYearCap;
  }

  long lifetimeCap() {
    return lifetimeCap;
  }
}
