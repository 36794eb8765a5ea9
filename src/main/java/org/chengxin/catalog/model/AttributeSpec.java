package org.chengxin.catalog.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One typed attribute a record of some type may carry. The constructor refuses specs that make no
 * sense on their own (a range on text, an enum without values); naming conventions and uniqueness
 * are the catalog's business, checked by {@link CatalogPolicy} so an author sees every problem at
 * once.
 *
 * <p>Bounds are kept without trailing zeros, so a spec read as "1.0" equals one written as "1".
 *
 * @param min inclusive lower bound, numbers only, or null
 * @param max inclusive upper bound, numbers only, or null
 * @param values the allowed values, ENUM only
 * @param maxLength the longest allowed text in code points, TEXT only, or null for no limit
 * @param unit the unit of a number (yuan, days, hours, ml), or null
 */
public record AttributeSpec(
    String name,
    AttributeKind kind,
    boolean required,
    BigDecimal min,
    BigDecimal max,
    List<String> values,
    Integer maxLength,
    String unit,
    String description) {

  public AttributeSpec {
    Objects.requireNonNull(name, "attribute name");
    Objects.requireNonNull(kind, () -> "attribute '" + name + "': kind");
    values = values == null ? List.of() : List.copyOf(values);
    min = min == null ? null : min.stripTrailingZeros();
    max = max == null ? null : max.stripTrailingZeros();
    unit = unit == null || unit.isBlank() ? null : unit;
    description = description == null || description.isBlank() ? null : description;
    if (!kind.isNumeric() && (min != null || max != null)) {
      throw invalid(name, "min and max are allowed only on INTEGER and DECIMAL, not " + kind);
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw invalid(name, "min " + min.toPlainString() + " is above max " + max.toPlainString());
    }
    if ((kind == AttributeKind.ENUM) == values.isEmpty()) {
      throw invalid(name, "values are required on ENUM and allowed nowhere else");
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw invalid(name, "enum values repeat: " + values);
    }
    if (maxLength != null && (kind != AttributeKind.TEXT || maxLength < 1)) {
      throw invalid(name, "maxLength must be a positive number on a TEXT attribute");
    }
  }

  public static AttributeSpec text(String name, boolean required, int maxLength, String about) {
    return new AttributeSpec(
        name, AttributeKind.TEXT, required, null, null, null, maxLength, null, about);
  }

  public static AttributeSpec number(
      String name, AttributeKind kind, boolean required, String min, String max, String unit) {
    return new AttributeSpec(
        name, kind, required, decimal(min), decimal(max), null, null, unit, null);
  }

  public static AttributeSpec oneOf(String name, boolean required, String... values) {
    return new AttributeSpec(
        name, AttributeKind.ENUM, required, null, null, List.of(values), null, null, null);
  }

  public static AttributeSpec of(String name, AttributeKind kind, boolean required) {
    return new AttributeSpec(name, kind, required, null, null, null, null, null, null);
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static IllegalArgumentException invalid(String name, String problem) {
    return new IllegalArgumentException("attribute '" + name + "': " + problem);
  }
}
