package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A test on one typed attribute of a record, e.g. {@code amount >= 10000} or {@code tax_kind ==
 * VAT}. Numbers compare numerically; text compares with EQ and NE only.
 */
public record Condition(String attribute, Comparison op, String value) {

  public enum Comparison {
    EQ("=="),
    NE("!="),
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public Condition {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, "value");
  }

  /** The value as a number, or null when it is text. */
  public BigDecimal number() {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return attribute + " " + op.symbol() + " " + value;
  }
}
