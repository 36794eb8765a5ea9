package org.chengxin.scoring.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** One mapping of the policy file, read field by field; every error names the field's path. */
final class PolicyNode {

  private final JsonNode node;
  private final String path;

  PolicyNode(JsonNode node, String path, Set<String> allowedKeys) {
    this.node = node;
    this.path = path;
    if (node == null || !node.isObject()) {
      throw new PolicyFormatException(
          "national policy: "
              + (path.isEmpty() ? "the document" : "'" + path + "'")
              + " must be a mapping");
    }
    if (allowedKeys != null) {
      for (String key : node.propertyNames()) {
        if (!allowedKeys.contains(key)) {
          throw error(key, "is not a known field; expected one of " + new TreeSet<>(allowedKeys));
        }
      }
    }
  }

  Set<String> keys() {
    return new LinkedHashSet<>(node.propertyNames());
  }

  boolean has(String key) {
    return node.has(key);
  }

  PolicyNode child(String key, Set<String> allowedKeys) {
    if (!node.has(key)) {
      throw error(key, "is required");
    }
    return new PolicyNode(node.get(key), field(key), allowedKeys);
  }

  int integer(String key) {
    JsonNode value = required(key);
    if (!value.isInt()) {
      throw error(key, "must be a whole number, not " + value);
    }
    return value.intValue();
  }

  boolean bool(String key) {
    JsonNode value = required(key);
    if (!value.isBoolean()) {
      throw error(key, "must be true or false, not " + value);
    }
    return value.booleanValue();
  }

  List<String> texts(String key) {
    JsonNode value = required(key);
    if (!value.isArray()) {
      throw error(key, "must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isString()) {
        throw error(key, "must list text values, not " + item);
      }
      out.add(item.stringValue());
    }
    return out;
  }

  List<PolicyNode> mappings(String key, Set<String> allowedKeys) {
    JsonNode value = required(key);
    if (!value.isArray()) {
      throw error(key, "must be a list");
    }
    List<PolicyNode> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      out.add(new PolicyNode(value.get(i), field(key) + "[" + i + "]", allowedKeys));
    }
    return out;
  }

  String text(String key) {
    JsonNode value = required(key);
    if (!value.isString()) {
      throw error(key, "must be text, not " + value);
    }
    return value.stringValue();
  }

  <E extends Enum<E>> E enumKey(String key, Class<E> type) {
    return parseEnum(key, key, type);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return parseEnum(key, text(key), type);
  }

  <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
    return texts(key).stream().map(name -> parseEnum(key, name, type)).toList();
  }

  PolicyFormatException error(String key, String problem) {
    return new PolicyFormatException(
        "national policy, field '" + (key.isEmpty() ? path : field(key)) + "': " + problem);
  }

  private JsonNode required(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw error(key, "is required");
    }
    return value;
  }

  private <E extends Enum<E>> E parseEnum(String key, String name, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error(key, "'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
  }

  private String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
