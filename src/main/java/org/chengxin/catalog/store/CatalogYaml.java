package org.chengxin.catalog.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The catalog file: {@code version: N} and a {@code types:} list of record types (see {@link
 * RecordTypeMapping}). Reading checks the format, then {@link Catalog#of} applies the policy, so a
 * file either yields a valid catalog or an exception that names the type and field at fault.
 */
public final class CatalogYaml {

  /** The catalog shipped with the platform. */
  public static final String DEFAULT_RESOURCE = "/catalog/catalog.yaml";

  private static final Set<String> FIELDS = Set.of("version", "types");
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private CatalogYaml() {}

  /**
   * @throws CatalogFormatException if the file is not a well-formed catalog
   * @throws org.chengxin.catalog.model.CatalogRefusedException if a type breaks the policy
   */
  public static Catalog read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new CatalogFormatException("catalog file is not valid YAML: " + e.getMessage(), e);
    }
    NodeReader file = new NodeReader(root, "catalog file", "", FIELDS);
    Integer version = file.integer("version");
    if (version == null) {
      throw file.error("version", "is required");
    }
    List<RecordType> types = new ArrayList<>();
    List<JsonNode> nodes = file.list("types");
    for (int i = 0; i < nodes.size(); i++) {
      types.add(RecordTypeMapping.fromTree(nodes.get(i), i + 1));
    }
    return Catalog.of(version, types);
  }

  public static Catalog read(String yaml) {
    return read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The catalog shipped in {@value #DEFAULT_RESOURCE}. */
  public static Catalog readDefault() {
    try (InputStream in = CatalogYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog as YAML that {@link #read} turns back into an equal catalog. */
  public static String write(Catalog catalog) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("version", catalog.version());
    catalog
        .all()
        .forEach(type -> root.withArrayProperty("types").add(RecordTypeMapping.toTree(type)));
    return MAPPER.writeValueAsString(root);
  }
}
