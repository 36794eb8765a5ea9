package org.chengxin.catalog.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Maps the {@code attributes} list of a record type; field paths read "attributes.amount.min". */
final class AttributeMapping {

  private static final Set<String> FIELDS =
      Set.of(
          "name", "kind", "required", "min", "max", "values", "maxLength", "unit", "description");

  private AttributeMapping() {}

  static List<AttributeSpec> read(List<JsonNode> nodes, String owner) {
    List<AttributeSpec> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String name =
          node != null && node.path("name").isString()
              ? node.path("name").stringValue()
              : "#" + (i + 1);
      String prefix = "attributes." + name + ".";
      out.add(read(new NodeReader(node, owner, prefix, FIELDS), owner, prefix));
    }
    return out;
  }

  private static AttributeSpec read(NodeReader in, String owner, String prefix) {
    try {
      return new AttributeSpec(
          in.text("name"),
          in.enumValue("kind", AttributeKind.class),
          in.bool("required"),
          in.decimal("min"),
          in.decimal("max"),
          in.texts("values"),
          in.integer("maxLength"),
          in.optionalText("unit"),
          in.optionalText("description"));
    } catch (IllegalArgumentException e) {
      String field = prefix.substring(0, prefix.length() - 1);
      throw new CatalogFormatException(owner + ", field '" + field + "': " + e.getMessage(), e);
    }
  }

  static List<ObjectNode> write(List<AttributeSpec> specs) {
    return specs.stream().map(AttributeMapping::write).toList();
  }

  private static ObjectNode write(AttributeSpec spec) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("name", spec.name());
    out.put("kind", spec.kind().name());
    out.put("required", spec.required());
    if (spec.min() != null) {
      out.put("min", new BigDecimal(spec.min().toPlainString()));
    }
    if (spec.max() != null) {
      out.put("max", new BigDecimal(spec.max().toPlainString()));
    }
    spec.values().forEach(value -> out.withArrayProperty("values").add(value));
    if (spec.maxLength() != null) {
      out.put("maxLength", spec.maxLength());
    }
    RecordTypeMapping.putIfPresent(out, "unit", spec.unit());
    RecordTypeMapping.putIfPresent(out, "description", spec.description());
    return out;
  }
}
