package org.chengxin.catalog.store;

import java.math.BigDecimal;
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
 * Reads typed fields from one JSON/YAML object and turns every problem into a {@link
 * CatalogFormatException} naming the owner ("record type 'loan-default'") and the field path.
 */
final class NodeReader {

  private final JsonNode node;
  private final String owner;
  private final String prefix;

  NodeReader(JsonNode node, String owner, String prefix, Set<String> allowedKeys) {
    this.node = node;
    this.owner = owner;
    this.prefix = prefix;
    if (node == null || !node.isObject()) {
      throw new CatalogFormatException(owner + ": " + describe(prefix) + "must be a mapping");
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

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return parseEnum(key, text(key), type);
  }

  <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    texts(key).forEach(name -> out.add(parseEnum(key, name, type)));
    return out;
  }

  List<String> texts(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw error(key, "must be a list");
    }
    List<String> out = new ArrayList<>();
    value.forEach(item -> out.add(item.isString() ? item.stringValue() : itemError(key, item)));
    return out;
  }

  Period period(String key) {
    String text = text(key);
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw error(key, "'" + text + "' is not an ISO-8601 period such as P3M or P1Y");
    }
  }

  BigDecimal decimal(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBigDecimal() || value.isIntegralNumber()) {
      return value.isBigDecimal() ? value.decimalValue() : new BigDecimal(value.bigIntegerValue());
    }
    if (value.isNumber()) {
      return new BigDecimal(String.valueOf(value.doubleValue()));
    }
    throw error(key, "must be a number, not " + value);
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

  boolean bool(String key) {
    JsonNode value = node.get(key);
    if (value != null && !value.isNull() && !value.isBoolean()) {
      throw error(key, "must be true or false, not " + value);
    }
    return value != null && value.isBoolean() && value.booleanValue();
  }

  JsonNode child(String key) {
    return node.get(key);
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

  CatalogFormatException error(String key, String problem) {
    return new CatalogFormatException(owner + ", field '" + prefix + key + "': " + problem);
  }

  private <E extends Enum<E>> E parseEnum(String key, String name, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error(key, "'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
  }

  private String itemError(String key, JsonNode item) {
    throw error(key, "must list text values, not " + item);
  }

  private static String describe(String prefix) {
    return prefix.isEmpty() ? "the document " : "field '" + prefix.replaceAll("\\.$", "") + "' ";
  }
}
