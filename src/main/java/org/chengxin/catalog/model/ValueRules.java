package org.chengxin.catalog.model;

import java.math.BigDecimal;

/** The checks on a value of the right kind: range, enum membership, text length and content. */
final class ValueRules {

  private ValueRules() {}

  /** What is wrong with a canonical value, as the end of a sentence, or null if nothing. */
  static String problem(AttributeSpec spec, Object value) {
    return switch (value) {
      case Long l ->
          range(spec, spec.min() == null && spec.max() == null ? null : BigDecimal.valueOf(l));
      case BigDecimal d -> range(spec, d);
      case String s when spec.kind() == AttributeKind.ENUM -> member(spec, s);
      case String s -> text(spec, s);
      default -> null;
    };
  }

  private static String range(AttributeSpec spec, BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (spec.min() != null && value.compareTo(spec.min()) < 0) {
      return "is " + value.toPlainString() + ", below the minimum " + spec.min().toPlainString();
    }
    if (spec.max() != null && value.compareTo(spec.max()) > 0) {
      return "is " + value.toPlainString() + ", above the maximum " + spec.max().toPlainString();
    }
    return null;
  }

  private static String member(AttributeSpec spec, String value) {
    return spec.values().contains(value)
        ? null
        : "is " + AttributeValidator.show(value) + ", not one of " + spec.values();
  }

  private static String text(AttributeSpec spec, String value) {
    if (value.isBlank()) {
      return "is blank; leave an optional attribute out instead";
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return "contains a control character at position " + i;
      }
    }
    Integer max = spec.maxLength();
    if (max != null && value.length() > max && value.codePointCount(0, value.length()) > max) {
      return "is "
          + value.codePointCount(0, value.length())
          + " characters long, over the maximum "
          + max;
    }
    return null;
  }
}
