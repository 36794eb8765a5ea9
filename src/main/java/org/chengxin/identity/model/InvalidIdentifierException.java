package org.chengxin.identity.model;

import java.util.Objects;

/**
 * An identifier (credit code, resident identity number, region code) that cannot be accepted.
 *
 * <p>The message is a one-line sentence meant for the person who typed the code, such as {@code
 * subject: check character of Unified Social Credit Code 91110000600037341M should be L}.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public InvalidIdentifierException(String field, String reason) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
    this.field = field;
    this.reason = reason;
  }

  /** The input field the identifier came from, e.g. {@code subject} or {@code person}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name. */
  public String reason() {
    return reason;
  }

  /** The same problem reported against another input field. */
  public InvalidIdentifierException inField(String otherField) {
    return new InvalidIdentifierException(otherField, reason);
  }
}
