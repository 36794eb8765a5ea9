package org.chengxin.scoring.store;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields from one mapping of a scheme document, refusing unknown keys, and turns every
 * problem into a {@link SchemeFormatException} naming the owner ("scheme 'rongcheng-personal', rule
 * 'rc-loan-default'") and the field path. The scoring twin of the catalog's reader.
 */
final class SchemeNodes {

  private final JsonNode node;
  private final String owner;
  private final String prefix;

  SchemeNodes(JsonNode node, String owner, String prefix, Set<String> allowedKeys) {
    this.node = node;
    this.owner = owner;
    this.prefix = prefix;
    if (node == null || !node.isObject()) {
      String where = prefix.isEmpty() ? "the document" : "field '" + trimDot(prefix) + "'";
      throw new SchemeFormatException(owner + ": " + where + " must be a mapping");
    }
    for (String key : node.propertyNames()) {
      if (!allowedKeys.contains(key)) {
        throw error(key, "is not a known field; expected one of " + new TreeSet<>(allowedKeys));
      }
    }
  }

  String text(String key) {
    String value = optionalText(key);
    if (value == null) {
      throw error(key, "is required");
    }
    return value;
  }

  String optionalText(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw error(key, "must be text, not " + value);
    }
    return value.stringValue();
  }

  /** Text, or a whole number written without quotes (a division code such as 371082). */
  String code(String key) {
    JsonNode value = node.get(key);
    return value != null && value.isIntegralNumber() ? value.asString() : optionalText(key);
  }

  int requiredInt(String key) {
    Integer value = integer(key);
    if (value == null) {
      throw error(key, "is required");
    }
    return value;
  }

  Integer integer(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isInt()) {
      throw error(key, "must be a whole number, not " + value);
    }
    return value.intValue();
  }

  LocalDate date(String key) {
    String text = text(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not an ISO-8601 date such as 2025-01-01");
    }
  }

  Period optionalPeriod(String key) {
    String text = optionalText(key);
    try {
      return text == null ? null : Period.parse(text);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not an ISO-8601 period such as P6M or P1Y");
    }
  }

  <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
    String name = optionalText(key);
    return name == null ? null : parseEnum(key, name, type);
  }

  <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (JsonNode item : list(key)) {
      if (!item.isString()) {
        throw error(key, "must list names, not " + item);
      }
      out.add(parseEnum(key, item.stringValue(), type));
    }
    return out;
  }

  List<JsonNode> list(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw error(key, "must be a list");
    }
    List<JsonNode> out = new ArrayList<>();
    value.forEach(out::add);
    return out;
  }

  JsonNode child(String key) {
    return node.get(key);
  }

  String owner() {
    return owner;
  }

  SchemeFormatException error(String key, String problem) {
    return new SchemeFormatException(owner + ", field '" + prefix + key + "': " + problem);
  }

  /** A problem with this mapping as a whole, e.g. a tier whose bounds do not fit together. */
  SchemeFormatException problem(String problem) {
    return new SchemeFormatException(owner + ", field '" + trimDot(prefix) + "': " + problem);
  }

  private <E extends Enum<E>> E parseEnum(String key, String name, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error(key, "'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
  }

  private static String trimDot(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
