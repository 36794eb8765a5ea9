package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.RecordType;

/**
 * A condition must name an attribute its type declares and compare it with a value of the
 * attribute's kind; ordering ({@code < <= > >=}) applies to numbers only, as the engine compares
 * everything else as text.
 */
final class ConditionChecks {

  private static final Set<Condition.Comparison> EQUALITY =
      Set.of(Condition.Comparison.EQ, Condition.Comparison.NE);

  private ConditionChecks() {}

  static void check(Rule rule, Condition condition, RecordType type, List<SchemeViolation> out) {
    Optional<AttributeSpec> spec = type.attribute(condition.attribute());
    if (spec.isEmpty()) {
      out.add(
          Guardrail.CONDITION_ATTRIBUTE.byRule(
              rule.id(),
              "condition '"
                  + condition
                  + "' names '"
                  + condition.attribute()
                  + "', which "
                  + type.code()
                  + " does not declare"));
      return;
    }
    String problem = problem(condition, spec.get());
    if (problem != null) {
      out.add(
          Guardrail.CONDITION_COMPARISON.byRule(
              rule.id(), "condition '" + condition + "' " + problem));
    }
  }

  /** What is wrong with the comparison, or null if nothing. */
  private static String problem(Condition condition, AttributeSpec spec) {
    if (PointChecks.numeric(spec.kind())) {
      return condition.number() == null ? "compares a number with text" : null;
    }
    if (!EQUALITY.contains(condition.op())) {
      return "orders a " + spec.kind() + " attribute; only == and != apply";
    }
    return switch (spec.kind()) {
      case ENUM ->
          spec.values().contains(condition.value())
              ? null
              : "tests a value that is not one of " + spec.values();
      case BOOLEAN ->
          Set.of("true", "false").contains(condition.value()) ? null : "needs true or false";
      case DATE -> isDate(condition.value()) ? null : "needs a yyyy-MM-dd date";
      default -> null;
    };
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
