package org.chengxin.scoring.model;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Maps records of one catalog type (optionally only those whose attributes meet every {@code when}
 * condition) to points in one dimension. With {@code perUnitOf}, the points are multiplied by that
 * numeric attribute (a missing one counts as 1): "−10 per overdue monthly cycle". With a {@code
 * halfLife}, a record's points halve every half-life after its event date.
 *
 * @param id stable rule id, quoted in every explanation (e.g. {@code rc-bank-arrears})
 * @param reasonCode stable reason code shown among a subject's key factors (e.g. {@code R12})
 */
public record Rule(
    String id,
    String reasonCode,
    String description,
    String recordType,
    List<Condition> when,
    String dimension,
    int points,
    String perUnitOf,
    Caps caps,
    Period halfLife) {

  public Rule {
    Objects.requireNonNull(id, "rule id");
    Objects.requireNonNull(recordType, () -> "rule " + id + ": recordType");
    Objects.requireNonNull(dimension, () -> "rule " + id + ": dimension");
    reasonCode = reasonCode == null ? id : reasonCode;
    description = description == null ? "" : description;
    when = when == null ? List.of() : List.copyOf(when);
    caps = caps == null ? Caps.NONE : caps;
  }
}
