package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.identity.model.SubjectKind;

/**
 * A scheme compiled once against a catalog and evaluated many times: rules indexed by record type,
 * tiers sorted for binary search. Immutable and thread-safe; {@link #score} is a pure function of
 * the records and the date, whatever order the records come in.
 */
public final class CompiledScheme {

  private static final CompiledRule[] NO_RULES = {};
  private static final Comparator<ScoredRecord> EVENT_ORDER =
      Comparator.comparing(ScoredRecord::eventDate).thenComparing(ScoredRecord::id);

  private final Scheme scheme;
  private final String[] dimensions;
  private final int[] bases;
  private final TierTable[] tiers;
  private final CompiledRule[] rules;
  private final Map<String, CompiledRule[]> rulesByType;
  private final CompiledComposite composite;
  private final ReasonRanking reasons;

  private CompiledScheme(Scheme scheme, Catalog catalog) {
    this.scheme = scheme;
    int n = scheme.dimensions().size();
    dimensions = new String[n];
    bases = new int[n];
    tiers = new TierTable[n];
    Map<String, Integer> dimensionIndex = new HashMap<>();
    for (int i = 0; i < n; i++) {
      DimensionSpec spec = scheme.dimensions().get(i);
      if (dimensionIndex.putIfAbsent(spec.id(), i) != null) {
        throw new IllegalArgumentException(owner() + ": dimension '" + spec.id() + "' repeats");
      }
      dimensions[i] = spec.id();
      bases[i] = spec.base();
      tiers[i] = new TierTable(owner() + ", dimension '" + spec.id() + "'", spec.tiers());
    }
    rules = compileRules(catalog, dimensionIndex);
    rulesByType = index(rules);
    composite =
        scheme.composite() == null
            ? null
            : new CompiledComposite(owner(), scheme.composite(), dimensionIndex);
    reasons = new ReasonRanking(scheme.rules());
  }

  /**
   * @throws IllegalArgumentException naming the scheme and rule, if a rule names an uncatalogued
   *     type, an unknown dimension or attribute, or a dimension or composite is ill-formed
   */
  public static CompiledScheme compile(Scheme scheme, Catalog catalog) {
    return new CompiledScheme(Objects.requireNonNull(scheme), Objects.requireNonNull(catalog));
  }

  public Scheme scheme() {
    return scheme;
  }

  /** The scores, ratings and explanation of a subject with these records on {@code asOf}. */
  public ScoreResult score(List<ScoredRecord> records, LocalDate asOf) {
    List<ScoredRecord> counted = counted(records, asOf);
    long[] sums = new long[dimensions.length];
    CapBudgets budgets = new CapBudgets(rules);
    List<Contribution> contributions = new ArrayList<>();
    for (ScoredRecord record : counted) {
      for (CompiledRule rule : rulesByType.getOrDefault(record.type(), NO_RULES)) {
        if (rule.matches(record)) {
          Contribution c = rule.contribute(record, asOf, budgets);
          sums[rule.dimension()] += c.finalPoints();
          contributions.add(c);
        }
      }
    }
    List<DimensionScore> scores = new ArrayList<>(dimensions.length);
    int[] values = new int[dimensions.length];
    for (int i = 0; i < dimensions.length; i++) {
      // Saturate rather than wrap: only a scheme without caps could get near the int range.
      values[i] = Math.clamp(bases[i] + sums[i], Integer.MIN_VALUE, Integer.MAX_VALUE);
      scores.add(new DimensionScore(dimensions[i], values[i], tiers[i].rating(values[i])));
    }
    return new ScoreResult(
        scheme.id(),
        scheme.version(),
        asOf,
        scores,
        composite == null ? null : composite.score(values),
        contributions,
        reasons.top(contributions));
  }

  /** Whether the scheme covers a subject of this kind registered in this region. */
  public boolean covers(SubjectKind kind, String region) {
    return scheme.subjectKinds().contains(kind) && region.startsWith(scheme.jurisdiction());
  }

  /**
   * The record types whose attributes a rule's condition or per-unit multiplier reads; a reader may
   * leave other records' attributes out.
   */
  public Set<String> typesReadingAttributes() {
    Set<String> types = new HashSet<>();
    for (CompiledRule rule : rules) {
      Rule r = rule.rule();
      if (!r.when().isEmpty() || r.perUnitOf() != null) {
        types.add(r.recordType());
      }
    }
    return Set.copyOf(types);
  }

  /** The rules that apply to records of this type, in scheme order. */
  public List<Rule> rulesFor(String recordType) {
    return Arrays.stream(rulesByType.getOrDefault(recordType, NO_RULES))
        .map(CompiledRule::rule)
        .toList();
  }

  private List<ScoredRecord> counted(List<ScoredRecord> records, LocalDate asOf) {
    List<ScoredRecord> counted = new ArrayList<>(records.size());
    for (ScoredRecord record : records) {
      if (record.countsOn(asOf, scheme.onObjection())) {
        counted.add(record);
      }
    }
    counted.sort(EVENT_ORDER);
    for (int i = 1; i < counted.size(); i++) {
      if (EVENT_ORDER.compare(counted.get(i - 1), counted.get(i)) == 0) {
        // Two records the order cannot tell apart would make the result depend on input order.
        throw new IllegalArgumentException("record id " + counted.get(i).id() + " repeats");
      }
    }
    return counted;
  }

  private CompiledRule[] compileRules(Catalog catalog, Map<String, Integer> dimensionIndex) {
    CompiledRule[] out = new CompiledRule[scheme.rules().size()];
    for (int i = 0; i < out.length; i++) {
      Rule rule = scheme.rules().get(i);
      String owner = owner() + ", rule '" + rule.id() + "'";
      RecordType type =
          catalog
              .find(rule.recordType())
              .orElseThrow(
                  () -> invalid(owner, "type '" + rule.recordType() + "' is not in the catalog"));
      Integer dimension = dimensionIndex.get(rule.dimension());
      if (dimension == null) {
        throw invalid(owner, "dimension '" + rule.dimension() + "' is not declared");
      }
      out[i] = new CompiledRule(rule, i, dimension, type, owner);
    }
    return out;
  }

  private static Map<String, CompiledRule[]> index(CompiledRule[] rules) {
    Map<String, List<CompiledRule>> lists = new HashMap<>();
    for (CompiledRule rule : rules) {
      lists.computeIfAbsent(rule.rule().recordType(), t -> new ArrayList<>()).add(rule);
    }
    Map<String, CompiledRule[]> out = new HashMap<>();
    lists.forEach((type, list) -> out.put(type, list.toArray(CompiledRule[]::new)));
    return Map.copyOf(out);
  }

  private String owner() {
    return "scheme '" + scheme.id() + "' v" + scheme.version();
  }

  private static IllegalArgumentException invalid(String owner, String problem) {
    return new IllegalArgumentException(owner + ": " + problem);
  }
}
