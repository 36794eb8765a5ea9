package org.chengxin.catalog.store;

import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.Disclosure;
import org.chengxin.catalog.model.Polarity;
import org.chengxin.catalog.model.PublicityPeriod;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.model.Severity;
import org.chengxin.identity.model.SubjectKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a {@link RecordType} to and from a JSON/YAML tree. Field names are the record's component
 * names; enums are written by name; periods as ISO-8601 text ("P3M"); empty fields are left out.
 */
public final class RecordTypeMapping {

  private static final Set<String> FIELDS =
      Set.of(
          "code",
          "nameZh",
          "nameEn",
          "category",
          "domain",
          "subjectKinds",
          "polarity",
          "severity",
          "legalBasis",
          "disclosure",
          "publicity",
          "attributes");
  private static final Set<String> PUBLICITY_FIELDS = Set.of("minimum", "maximum");

  private RecordTypeMapping() {}

  /**
   * Reads one record type.
   *
   * @param position where the type sits in its file, used only when it has no code to be named by
   * @throws CatalogFormatException naming the type and field at fault
   */
  public static RecordType fromTree(JsonNode node, int position) {
    String owner = "record type #" + position;
    if (node != null && node.path("code").isString()) {
      owner = "record type '" + node.path("code").stringValue() + "'";
    }
    NodeReader in = new NodeReader(node, owner, "", FIELDS);
    NodeReader publicity =
        new NodeReader(in.child("publicity"), owner, "publicity.", PUBLICITY_FIELDS);
    try {
      return new RecordType(
          in.text("code"),
          in.text("nameZh"),
          in.text("nameEn"),
          in.optionalText("category"),
          in.enumValue("domain", CreditDomain.class),
          in.enumSet("subjectKinds", SubjectKind.class),
          in.enumValue("polarity", Polarity.class),
          in.enumValue("severity", Severity.class),
          in.optionalText("legalBasis"),
          in.enumValue("disclosure", Disclosure.class),
          new PublicityPeriod(publicity.period("minimum"), publicity.period("maximum")),
          AttributeMapping.read(in.list("attributes"), owner));
    } catch (IllegalArgumentException e) {
      throw new CatalogFormatException(owner + ": " + e.getMessage(), e);
    }
  }

  public static ObjectNode toTree(RecordType type) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("code", type.code());
    out.put("nameZh", type.nameZh());
    out.put("nameEn", type.nameEn());
    putIfPresent(out, "category", type.category());
    out.put("domain", type.domain().name());
    type.subjectKinds().forEach(kind -> out.withArrayProperty("subjectKinds").add(kind.name()));
    out.put("polarity", type.polarity().name());
    out.put("severity", type.severity().name());
    putIfPresent(out, "legalBasis", type.legalBasis());
    out.put("disclosure", type.disclosure().name());
    ObjectNode publicity = out.putObject("publicity");
    publicity.put("minimum", type.publicity().minimum().toString());
    publicity.put("maximum", type.publicity().maximum().toString());
    List<ObjectNode> attributes = AttributeMapping.write(type.attributes());
    if (!attributes.isEmpty()) {
      out.putArray("attributes").addAll(attributes);
    }
    return out;
  }

  static void putIfPresent(ObjectNode out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(key, value);
    }
  }
}
