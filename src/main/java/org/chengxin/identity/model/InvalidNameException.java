package org.chengxin.identity.model;

import java.util.Objects;

/** A subject name that cannot be accepted; the message is a one-line sentence for end users. */
public final class InvalidNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public InvalidNameException(String field, String reason) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
    this.field = field;
    this.reason = reason;
  }

  /** The input field the name came from, normally {@code name}. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name. */
  public String reason() {
    return reason;
  }
}
