package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;

/** Small schemes built in code, so engine tests do not depend on the shipped files. */
final class SchemeFixtures {

  static final List<Tier> OPEN = List.of(new Tier("any", null, null));
  static final List<Tier> ABC =
      List.of(new Tier("C", null, -50), new Tier("B", -50, 50), new Tier("A", 50, null));

  private SchemeFixtures() {}

  /** Caps of every kind, decay on two rules, a condition, a unit multiplier, two dimensions. */
  static Scheme capped() {
    return scheme(
        List.of(dimension("financial", 0, ABC), dimension("social", 0, ABC)),
        List.of(
            rule(
                "arrears",
                "bank-arrears-cycle",
                "financial",
                -7,
                "cycles",
                new Caps(20, 30, 50),
                Period.ofYears(1)),
            new Rule(
                "loan",
                "L",
                "Loan default",
                "loan-default",
                List.of(new Condition("amount", Condition.Comparison.GE, "1000")),
                "financial",
                -13,
                null,
                new Caps(null, 25, null),
                Period.ofMonths(6)),
            rule("volunteering", "volunteering", "social", 1, "hours", new Caps(20, 30, 45), null),
            rule("fees", "public-utility-fees-late", "social", -9, null, Caps.NONE, null)),
        null);
  }

  static Scheme scheme(List<DimensionSpec> dimensions, List<Rule> rules, Composite composite) {
    return new Scheme(
        "test",
        1,
        "Test",
        "37",
        Set.of(SubjectKind.PERSON),
        LocalDate.parse("2020-01-01"),
        dimensions,
        rules,
        composite,
        ObjectionPolicy.FROZEN);
  }

  static DimensionSpec dimension(String id, int base, List<Tier> tiers) {
    return new DimensionSpec(id, base, tiers);
  }

  static Rule rule(
      String id,
      String type,
      String dimension,
      int points,
      String perUnitOf,
      Caps caps,
      Period halfLife) {
    return new Rule(
        id,
        id.toUpperCase(Locale.ROOT),
        id,
        type,
        List.of(),
        dimension,
        points,
        perUnitOf,
        caps,
        halfLife);
  }

  static Map<String, Integer> weights(String a, int wa, String b, int wb) {
    return Map.of(a, wa, b, wb);
  }
}
