package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.util.Map;
import org.chengxin.catalog.model.AttributeKind;
import org.chengxin.catalog.model.AttributeSpec;
import org.chengxin.catalog.model.RecordType;

/**
 * A {@link Condition} compiled against its record type: the attribute must exist, and ordering
 * comparisons need a number on both sides. A record without the attribute meets no condition on it
 * (not even {@code !=}), so a rule never fires on missing data.
 */
final class CompiledCondition {

  private final Condition condition;
  private final BigDecimal number;

  CompiledCondition(Condition condition, RecordType type, String owner) {
    AttributeSpec spec =
        type.attribute(condition.attribute())
            .orElseThrow(() -> invalid(owner, condition, "is not an attribute of " + type.code()));
    this.condition = condition;
    this.number = isNumeric(spec.kind()) ? condition.number() : null;
    boolean ordering =
        condition.op() != Condition.Comparison.EQ && condition.op() != Condition.Comparison.NE;
    if (isNumeric(spec.kind()) && number == null) {
      throw invalid(owner, condition, "compares a number with text");
    }
    if (ordering && number == null) {
      throw invalid(owner, condition, "orders a " + spec.kind() + " attribute; use == or !=");
    }
  }

  boolean holds(Map<String, Object> attributes) {
    Object value = attributes.get(condition.attribute());
    if (value == null) {
      return false;
    }
    if (number != null && value instanceof Number n) {
      return compare(Numbers.decimal(n).compareTo(number));
    }
    boolean equal = String.valueOf(value).equals(condition.value());
    return switch (condition.op()) {
      case EQ -> equal;
      case NE -> !equal;
      default -> false;
    };
  }

  static boolean isNumeric(AttributeKind kind) {
    return kind == AttributeKind.INTEGER || kind == AttributeKind.DECIMAL;
  }

  private boolean compare(int sign) {
    return switch (condition.op()) {
      case EQ -> sign == 0;
      case NE -> sign != 0;
      case GT -> sign > 0;
      case GE -> sign >= 0;
      case LT -> sign < 0;
      case LE -> sign <= 0;
    };
  }

  private static IllegalArgumentException invalid(String owner, Condition c, String problem) {
    return new IllegalArgumentException(owner + ", condition '" + c + "': " + problem);
  }
}
