package org.chengxin.scoring.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.scoring.model.Caps;
import org.chengxin.scoring.model.Condition;
import org.chengxin.scoring.model.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a {@link Rule} to and from a tree. Conditions are written as one string each, {@code
 * "attribute op value"} with op one of {@code == != >= <= > <}: short to read in a published
 * scheme, and exactly {@link Condition#toString()}, so writing and reading agree.
 */
final class RuleMapping {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "reasonCode",
          "description",
          "type",
          "when",
          "dimension",
          "points",
          "perUnitOf",
          "caps",
          "halfLife");
  private static final Set<String> CAP_FIELDS = Set.of("perRecord", "perYear", "lifetime");
  private static final Pattern CONDITION =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(==|!=|>=|<=|>|<)\\s*(\\S.*?)\\s*");

  private RuleMapping() {}

  static Rule read(JsonNode node, String scheme, int position) {
    String owner = scheme + ", rule #" + position;
    if (node != null && node.path("id").isString()) {
      owner = scheme + ", rule '" + node.path("id").stringValue() + "'";
    }
    SchemeNodes in = new SchemeNodes(node, owner, "", FIELDS);
    SchemeNodes caps =
        in.child("caps") == null
            ? null
            : new SchemeNodes(in.child("caps"), owner, "caps.", CAP_FIELDS);
    try {
      return new Rule(
          in.text("id"),
          in.optionalText("reasonCode"),
          in.optionalText("description"),
          in.text("type"),
          conditions(in),
          in.text("dimension"),
          in.requiredInt("points"),
          in.optionalText("perUnitOf"),
          caps == null
              ? Caps.NONE
              : new Caps(
                  caps.integer("perRecord"), caps.integer("perYear"), caps.integer("lifetime")),
          in.optionalPeriod("halfLife"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SchemeFormatException(owner + ": " + e.getMessage(), e);
    }
  }

  static ObjectNode write(Rule rule) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("id", rule.id());
    out.put("reasonCode", rule.reasonCode());
    if (!rule.description().isEmpty()) {
      out.put("description", rule.description());
    }
    out.put("type", rule.recordType());
    rule.when().forEach(c -> out.withArrayProperty("when").add(c.toString()));
    out.put("dimension", rule.dimension());
    out.put("points", rule.points());
    if (rule.perUnitOf() != null) {
      out.put("perUnitOf", rule.perUnitOf());
    }
    if (!rule.caps().equals(Caps.NONE)) {
      ObjectNode caps = out.putObject("caps");
      putIfSet(caps, "perRecord", rule.caps().perRecord());
      putIfSet(caps, "perYear", rule.caps().perYear());
      putIfSet(caps, "lifetime", rule.caps().lifetime());
    }
    if (rule.halfLife() != null) {
      out.put("halfLife", rule.halfLife().toString());
    }
    return out;
  }

  private static List<Condition> conditions(SchemeNodes in) {
    List<Condition> out = new ArrayList<>();
    List<JsonNode> items = in.list("when");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Matcher m = item.isString() ? CONDITION.matcher(item.stringValue()) : null;
      if (m == null || !m.matches()) {
        throw in.error(
            "when[" + i + "]",
            item + " is not a condition like \"amount >= 10000\" (== != >= <= > <)");
      }
      out.add(new Condition(m.group(1), operator(m.group(2)), m.group(3)));
    }
    return out;
  }

  private static Condition.Comparison operator(String symbol) {
    for (Condition.Comparison op : Condition.Comparison.values()) {
      if (op.symbol().equals(symbol)) {
        return op;
      }
    }
    throw new IllegalStateException("the pattern admits only known operators: " + symbol);
  }

  private static void putIfSet(ObjectNode out, String key, Integer value) {
    if (value != null) {
      out.put(key, value);
    }
  }
}
