package org.chengxin.catalog.model;

/** The value kinds a record attribute may have. */
public enum AttributeKind {
  /** Single-line text without control characters. */
  TEXT,
  /** A whole number that fits in a {@code long}. */
  INTEGER,
  /** An exact decimal number. */
  DECIMAL,
  /** An ISO-8601 calendar date, {@code yyyy-MM-dd}. */
  DATE,
  BOOLEAN,
  /** One of a closed list of values. */
  ENUM;

  boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }
}
