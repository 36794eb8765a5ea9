package org.chengxin.scoring.model;

import java.math.BigDecimal;

/**
 * One line of an explanation: what one rule did with one record. The point fields follow the order
 * the engine applies them in:
 *
 * <ol>
 *   <li>{@code rawPoints} — the rule's points, times the {@code perUnitOf} attribute if any;
 *   <li>{@code afterCaps} — limited by the rule's per-record cap (in absolute value);
 *   <li>{@code afterDecay} — times 0.5^(days since the event / half-life), then rounded half away
 *       from zero to whole points (the only rounding);
 *   <li>{@code finalPoints} — what is left after the rule's per-year and lifetime caps, which are
 *       filled in event-date order (ties by record id); this is what the score adds.
 * </ol>
 *
 * @param legalBasis the basis the record cites, or its catalog type's when it cites none
 */
public record Contribution(
    String recordId,
    String ruleId,
    String reasonCode,
    String dimension,
    String recordType,
    BigDecimal rawPoints,
    BigDecimal afterCaps,
    int afterDecay,
    int finalPoints,
    String legalBasis) {

  @Override
  public String toString() {
    return "%s %s %s %s: raw %s, capped %s, decayed %d, final %d (%s)"
        .formatted(
            recordId,
            recordType,
            ruleId,
            dimension,
            rawPoints.toPlainString(),
            afterCaps.toPlainString(),
            afterDecay,
            finalPoints,
            legalBasis);
  }
}
