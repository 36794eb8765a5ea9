package org.chengxin.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.Severity;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.scoring.model.DomainDimension;
import org.chengxin.scoring.model.NationalPolicy;
import org.chengxin.scoring.model.ScorableTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the national policy file. Every field is required, so the file states the whole policy and
 * a reader never wonders which default applied; unknown fields are refused.
 */
public final class PolicyYaml {

  /** The policy shipped with the platform. */
  public static final String DEFAULT_RESOURCE = "/policy/national-policy.yaml";

  private static final Set<String> FIELDS =
      Set.of(
          "version",
          "scorableTypes",
          "maxPointsPerRecord",
          "domainDimensions",
          "allowedCrossDomain",
          "reservedDimensions",
          "requiredDimensions",
          "scoreMinorNegativeRecords");
  private static final Set<String> SCORABLE_FORMS = Set.of("all", "only", "allExcept");
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  private PolicyYaml() {}

  /**
   * @throws PolicyFormatException if the file is not a well-formed policy
   */
  public static NationalPolicy read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw new PolicyFormatException("national policy is not valid YAML: " + e.getMessage(), e);
    }
    PolicyNode file = new PolicyNode(root, "", FIELDS);
    try {
      return new NationalPolicy(
          file.integer("version"),
          scorable(file.child("scorableTypes", SCORABLE_FORMS)),
          maxPoints(file.child("maxPointsPerRecord", null)),
          domains(file.child("domainDimensions", null)),
          file.mappings("allowedCrossDomain", Set.of("domain", "dimension")).stream()
              .map(p ->
                  new DomainDimension(
                      p.enumValue("domain", CreditDomain.class), p.text("dimension")))
              .toList(),
          reserved(file.child("reservedDimensions", null)),
          Set.copyOf(file.texts("requiredDimensions")),
          file.bool("scoreMinorNegativeRecords"));
    } catch (IllegalArgumentException e) {
      throw new PolicyFormatException("national policy: " + e.getMessage(), e);
    }
  }

  /** The policy shipped in {@value #DEFAULT_RESOURCE}. */
  public static NationalPolicy readDefault() {
    try (InputStream in = PolicyYaml.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScorableTypes scorable(PolicyNode node) {
    if (node.keys().size() != 1) {
      throw node.error("", "needs exactly one of all, only, allExcept");
    }
    if (node.has("all")) {
      if (!node.bool("all")) {
        throw node.error("all", "can only be true; list types under 'only' instead");
      }
      return new ScorableTypes.All();
    }
    if (node.has("only")) {
      return new ScorableTypes.Only(Set.copyOf(node.texts("only")));
    }
    return new ScorableTypes.AllExcept(Set.copyOf(node.texts("allExcept")));
  }

  private static Map<Severity, Integer> maxPoints(PolicyNode node) {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    node.keys().forEach(key -> out.put(node.enumKey(key, Severity.class), node.integer(key)));
    return out;
  }

  private static Map<CreditDomain, Set<String>> domains(PolicyNode node) {
    Map<CreditDomain, Set<String>> out = new EnumMap<>(CreditDomain.class);
    node.keys()
        .forEach(
            key -> out.put(node.enumKey(key, CreditDomain.class), Set.copyOf(node.texts(key))));
    return out;
  }

  private static Map<String, Set<SubjectKind>> reserved(PolicyNode node) {
    Map<String, Set<SubjectKind>> out = new HashMap<>();
    for (String key : node.keys()) {
      List<SubjectKind> kinds = node.enumList(key, SubjectKind.class);
      out.put(key, new HashSet<>(kinds));
    }
    return out;
  }
}
