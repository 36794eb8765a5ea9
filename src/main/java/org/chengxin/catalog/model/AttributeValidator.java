package org.chengxin.catalog.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a record's attributes against its type. It runs once per ingested record, so it compiles
 * no patterns, throws nothing on bad input and allocates only when it has something to report.
 * Stateless and thread-safe.
 */
public final class AttributeValidator {

  private static final int SHOWN_CHARS = 40;

  /** Every problem with the attributes, or an empty list if they fit the type. */
  public List<AttributeError> validate(RecordType type, Map<String, ?> attributes) {
    List<AttributeError> errors = List.of();
    for (Map.Entry<String, ?> entry : attributes.entrySet()) {
      String problem = problem(type, entry.getKey(), entry.getValue());
      if (problem != null) {
        errors = add(errors, new AttributeError(entry.getKey(), problem));
      }
    }
    for (AttributeSpec spec : type.attributes()) {
      if (spec.required() && attributes.get(spec.name()) == null) {
        String problem = "required attribute '" + spec.name() + "' is missing";
        errors = add(errors, new AttributeError(spec.name(), problem));
      }
    }
    return errors;
  }

  /**
   * The attributes converted to one Java type per kind (see {@link AttributeKind}), in the type's
   * declared order, without absent ones; for storing values in one shape whatever their source.
   *
   * @throws IllegalArgumentException if {@link #validate} finds errors
   */
  public Map<String, Object> normalise(RecordType type, Map<String, ?> attributes) {
    List<AttributeError> errors = validate(type, attributes);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.getFirst().message());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (AttributeSpec spec : type.attributes()) {
      Object raw = attributes.get(spec.name());
      if (raw != null) {
        out.put(spec.name(), AttributeValues.canonical(spec.kind(), raw));
      }
    }
    return out;
  }

  private static String problem(RecordType type, String name, Object raw) {
    AttributeSpec spec = spec(type, name);
    if (spec == null) {
      return "attribute '" + name + "' is not defined for record type '" + type.code() + "'";
    }
    if (raw == null) {
      return null; // absent; the required check reports it if it matters
    }
    Object value = AttributeValues.canonical(spec.kind(), raw);
    if (value == null) {
      return "attribute '" + name + "' must be " + expected(spec.kind()) + ", not " + show(raw);
    }
    String problem = ValueRules.problem(spec, value);
    return problem == null ? null : "attribute '" + name + "' " + problem;
  }

  // A linear scan beats hashing for the handful of attributes a type has.
  private static AttributeSpec spec(RecordType type, String name) {
    for (AttributeSpec spec : type.attributes()) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    return null;
  }

  private static String expected(AttributeKind kind) {
    return switch (kind) {
      case TEXT, ENUM -> "text";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a decimal number such as 12.50";
      case DATE -> "a real date written yyyy-MM-dd";
      case BOOLEAN -> "true or false";
    };
  }

  static String show(Object raw) {
    if (!(raw instanceof String s)) {
      return raw instanceof BigDecimal d ? d.toPlainString() : String.valueOf(raw);
    }
    return "'" + (s.length() > SHOWN_CHARS ? s.substring(0, SHOWN_CHARS) + "…" : s) + "'";
  }

  private static List<AttributeError> add(List<AttributeError> errors, AttributeError error) {
    List<AttributeError> out = errors.isEmpty() ? new ArrayList<>(2) : errors;
    out.add(error);
    return out;
  }
}
