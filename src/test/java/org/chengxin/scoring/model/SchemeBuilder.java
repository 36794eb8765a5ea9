package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.identity.model.SubjectKind;

/**
 * Test data: a small personal scheme that passes every guardrail against the shipped catalog and
 * policy, and {@code with…()} methods that break one thing at a time.
 */
final class SchemeBuilder {

  static final Catalog CATALOG = CatalogYaml.readDefault();
  static final NationalPolicy POLICY = NationalPolicy.defaults();

  private String id = "test-city-personal";
  private int version = 1;
  private String jurisdiction = "371082";
  private Set<SubjectKind> subjectKinds = Set.of(SubjectKind.PERSON);
  private LocalDate effectiveFrom = LocalDate.of(2026, 7, 1);
  private final List<DimensionSpec> dimensions = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private Composite composite;

  private SchemeBuilder() {}

  static SchemeBuilder validScheme() {
    SchemeBuilder b = new SchemeBuilder();
    b.dimensions.add(new DimensionSpec("financial", 1000, ratedTiers()));
    b.dimensions.add(new DimensionSpec("social", 1000, ratedTiers()));
    b.rules.add(rule("fin-loan-default", "loan-default", "financial", -20));
    b.rules.add(rule("fin-breach-judgment", "judgment-breach-of-contract", "financial", -50));
    b.rules.add(rule("soc-utility-damage", "public-utility-damage", "social", -100));
    b.rules.add(
        new Rule(
            "soc-volunteering",
            "P01",
            "volunteering hours",
            "volunteering",
            List.of(),
            "social",
            1,
            "hours",
            new Caps(5, 20, null),
            Period.ofYears(1)));
    return b;
  }

  /**
   * D < 600 ≤ C < 850 ≤ B < 960 ≤ A < 1030 ≤ AA < 1050 ≤ AAA, listed from the top like Rongcheng.
   */
  static List<Tier> ratedTiers() {
    return List.of(
        new Tier("AAA", 1050, null),
        new Tier("AA", 1030, 1050),
        new Tier("A", 960, 1030),
        new Tier("B", 850, 960),
        new Tier("C", 600, 850),
        new Tier("D", null, 600));
  }

  static Rule rule(String id, String type, String dimension, int points) {
    return new Rule(id, null, null, type, List.of(), dimension, points, null, null, null);
  }

  static Rule rule(String id, String type, String dimension, int points, Condition... when) {
    return new Rule(id, null, null, type, List.of(when), dimension, points, null, null, null);
  }

  static Rule perUnit(
      String id, String type, String dimension, int points, String unit, Caps caps) {
    return new Rule(id, null, null, type, List.of(), dimension, points, unit, caps, null);
  }

  SchemeBuilder withRule(Rule rule) {
    rules.add(rule);
    return this;
  }

  SchemeBuilder withRule(String id, String type, String dimension, int points) {
    return withRule(rule(id, type, dimension, points));
  }

  SchemeBuilder withoutRules() {
    rules.clear();
    return this;
  }

  SchemeBuilder withTiers(String dimension, Tier... tiers) {
    return withDimension(new DimensionSpec(dimension, base(dimension), List.of(tiers)));
  }

  SchemeBuilder withBase(String dimension, int base) {
    return withDimension(new DimensionSpec(dimension, base, tiers(dimension)));
  }

  /** Replaces the dimension of the same id, or adds it. */
  SchemeBuilder withDimension(DimensionSpec dimension) {
    int at = indexOf(dimension.id());
    if (at < 0) {
      dimensions.add(dimension);
    } else {
      dimensions.set(at, dimension);
    }
    return this;
  }

  SchemeBuilder withExtraDimension(DimensionSpec dimension) {
    dimensions.add(dimension);
    return this;
  }

  SchemeBuilder withoutDimension(String id) {
    dimensions.removeIf(d -> d.id().equals(id));
    return this;
  }

  SchemeBuilder withComposite(Composite composite) {
    this.composite = composite;
    return this;
  }

  SchemeBuilder withJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
    return this;
  }

  SchemeBuilder withSubjectKinds(SubjectKind... kinds) {
    this.subjectKinds = Set.of(kinds);
    return this;
  }

  SchemeBuilder withEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
    return this;
  }

  SchemeBuilder withVersion(int version) {
    this.version = version;
    return this;
  }

  SchemeBuilder withId(String id) {
    this.id = id;
    return this;
  }

  Scheme build() {
    return new Scheme(
        id,
        version,
        "Test city personal credit",
        jurisdiction,
        subjectKinds,
        effectiveFrom,
        dimensions,
        rules,
        composite,
        null);
  }

  /** The guardrails' answer for this scheme under the shipped catalog and default policy. */
  List<SchemeViolation> check() {
    return Guardrails.check(build(), CATALOG, POLICY);
  }

  private int indexOf(String dimension) {
    for (int i = 0; i < dimensions.size(); i++) {
      if (dimensions.get(i).id().equals(dimension)) {
        return i;
      }
    }
    return -1;
  }

  private int base(String dimension) {
    int at = indexOf(dimension);
    return at < 0 ? 1000 : dimensions.get(at).base();
  }

  private List<Tier> tiers(String dimension) {
    int at = indexOf(dimension);
    return at < 0 ? ratedTiers() : dimensions.get(at).tiers();
  }
}
