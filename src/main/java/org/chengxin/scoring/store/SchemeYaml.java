package org.chengxin.scoring.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.scoring.model.DimensionSpec;
import org.chengxin.scoring.model.ObjectionPolicy;
import org.chengxin.scoring.model.Rule;
import org.chengxin.scoring.model.Scheme;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The scheme file (docs/schemes.md). Reading checks the format — required and unknown fields,
 * types, repeated ids, rules pointing at undeclared dimensions — and names the scheme, part and
 * field at fault; whether the scheme may be published is the guardrails' question, and whether it
 * fits the catalog the compiler's. {@link #write} gives YAML that {@link #read} turns back into an
 * equal scheme. JSON is YAML, so the API reads JSON schemes with the same code.
 */
public final class SchemeYaml {

  /** The schemes shipped under {@code src/main/resources/schemes/}. */
  public static final List<String> SHIPPED =
      List.of("rongcheng-personal", "tax-enterprise", "customs-enterprise");

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "version",
          "title",
          "jurisdiction",
          "subjectKinds",
          "effectiveFrom",
          "onObjection",
          "dimensions",
          "rules",
          "composite");
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private SchemeYaml() {}

  /**
   * @throws SchemeFormatException naming the scheme, part and field at fault
   */
  public static Scheme read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new SchemeFormatException("scheme file is not valid YAML: " + e.getMessage(), e);
    }
    String owner = "scheme";
    if (root != null && root.path("id").isString()) {
      owner = "scheme '" + root.path("id").stringValue() + "'";
    }
    SchemeNodes file = new SchemeNodes(root, owner, "", FIELDS);
    List<DimensionSpec> dimensions = DimensionMapping.readDimensions(file);
    List<Rule> rules = rules(file, dimensions);
    try {
      return new Scheme(
          file.text("id"),
          file.requiredInt("version"),
          file.optionalText("title"),
          file.code("jurisdiction"),
          file.enumSet("subjectKinds", SubjectKind.class),
          file.date("effectiveFrom"),
          dimensions,
          rules,
          DimensionMapping.readComposite(file),
          file.optionalEnum("onObjection", ObjectionPolicy.class));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SchemeFormatException(owner + ": " + e.getMessage(), e);
    }
  }

  public static Scheme read(String yaml) {
    return read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A shipped scheme by id, e.g. {@code rongcheng-personal}. */
  public static Scheme readShipped(String id) {
    String resource = "/schemes/" + id + ".yaml";
    try (InputStream in = SchemeYaml.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no shipped scheme " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Scheme scheme) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", scheme.id());
    root.put("version", scheme.version());
    root.put("title", scheme.title());
    root.put("jurisdiction", scheme.jurisdiction());
    scheme.subjectKinds().stream()
        .sorted()
        .forEach(kind -> root.withArrayProperty("subjectKinds").add(kind.name()));
    root.put("effectiveFrom", scheme.effectiveFrom().toString());
    root.put("onObjection", scheme.onObjection().name());
    DimensionMapping.writeDimensions(root, scheme.dimensions());
    scheme.rules().forEach(rule -> root.withArrayProperty("rules").add(RuleMapping.write(rule)));
    if (scheme.composite() != null) {
      DimensionMapping.writeComposite(root, scheme.composite());
    }
    return MAPPER.writeValueAsString(root);
  }

  private static List<Rule> rules(SchemeNodes file, List<DimensionSpec> dimensions) {
    Set<String> declared = new HashSet<>();
    dimensions.forEach(d -> declared.add(d.id()));
    Set<String> ids = new HashSet<>();
    List<Rule> out = new ArrayList<>();
    List<JsonNode> nodes = file.list("rules");
    for (int i = 0; i < nodes.size(); i++) {
      Rule rule = RuleMapping.read(nodes.get(i), file.owner(), i + 1);
      String owner = file.owner() + ", rule '" + rule.id() + "'";
      if (!ids.add(rule.id())) {
        throw new SchemeFormatException(owner + ", field 'id': the rule id is used twice");
      }
      if (!declared.contains(rule.dimension())) {
        throw new SchemeFormatException(
            owner + ", field 'dimension': '" + rule.dimension() + "' is not a declared dimension");
      }
      out.add(rule);
    }
    return out;
  }
}
