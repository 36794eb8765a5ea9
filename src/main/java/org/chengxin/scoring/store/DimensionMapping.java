package org.chengxin.scoring.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.scoring.model.Composite;
import org.chengxin.scoring.model.DimensionSpec;
import org.chengxin.scoring.model.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps dimensions, the optional composite and their tiers to and from a tree. A tier is {@code
 * {rating, from, below}} for scores in [from, below); a missing bound is open.
 */
final class DimensionMapping {

  private static final Set<String> DIMENSION_FIELDS = Set.of("id", "base", "tiers");
  private static final Set<String> TIER_FIELDS = Set.of("rating", "from", "below");
  private static final Set<String> COMPOSITE_FIELDS = Set.of("weights", "tiers");

  private DimensionMapping() {}

  static List<DimensionSpec> readDimensions(SchemeNodes file) {
    List<DimensionSpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = file.list("dimensions");
    for (int i = 0; i < nodes.size(); i++) {
      String prefix = "dimensions[" + i + "].";
      SchemeNodes in = new SchemeNodes(nodes.get(i), file.owner(), prefix, DIMENSION_FIELDS);
      String id = in.text("id");
      if (!ids.add(id)) {
        throw in.error("id", "dimension '" + id + "' is declared twice");
      }
      out.add(new DimensionSpec(id, in.requiredInt("base"), tiers(in, prefix)));
    }
    if (out.isEmpty()) {
      throw file.error("dimensions", "needs at least one dimension");
    }
    return out;
  }

  static Composite readComposite(SchemeNodes file) {
    if (file.child("composite") == null) {
      return null;
    }
    SchemeNodes in =
        new SchemeNodes(file.child("composite"), file.owner(), "composite.", COMPOSITE_FIELDS);
    JsonNode weightsNode = in.child("weights");
    if (weightsNode == null || !weightsNode.isObject()) {
      throw in.error("weights", "must map dimension ids to percentages");
    }
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> w : weightsNode.properties()) {
      if (!w.getValue().isInt()) {
        throw in.error("weights." + w.getKey(), "must be a whole percentage, not " + w.getValue());
      }
      weights.put(w.getKey(), w.getValue().intValue());
    }
    return new Composite(weights, tiers(in, "composite."));
  }

  static void writeDimensions(ObjectNode root, List<DimensionSpec> dimensions) {
    ArrayNode out = root.putArray("dimensions");
    for (DimensionSpec dimension : dimensions) {
      ObjectNode node = out.addObject().put("id", dimension.id()).put("base", dimension.base());
      node.set("tiers", tiers(dimension.tiers()));
    }
  }

  static void writeComposite(ObjectNode root, Composite composite) {
    ObjectNode out = root.putObject("composite");
    ObjectNode weights = out.putObject("weights");
    composite.weights().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(w -> weights.put(w.getKey(), w.getValue()));
    out.set("tiers", tiers(composite.tiers()));
  }

  private static List<Tier> tiers(SchemeNodes parent, String prefix) {
    List<Tier> out = new ArrayList<>();
    List<JsonNode> nodes = parent.list("tiers");
    for (int i = 0; i < nodes.size(); i++) {
      SchemeNodes in =
          new SchemeNodes(nodes.get(i), parent.owner(), prefix + "tiers[" + i + "].", TIER_FIELDS);
      try {
        out.add(new Tier(in.text("rating"), in.integer("from"), in.integer("below")));
      } catch (IllegalArgumentException e) {
        throw in.problem(e.getMessage());
      }
    }
    return out;
  }

  private static ArrayNode tiers(List<Tier> tiers) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (Tier tier : tiers) {
      ObjectNode node = out.addObject().put("rating", tier.rating());
      if (tier.from() != null) {
        node.put("from", tier.from());
      }
      if (tier.below() != null) {
        node.put("below", tier.below());
      }
    }
    return out;
  }
}
