package org.chengxin.platform.web;

/** A request's field is malformed (400); the message says what is wrong in one sentence. */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public BadRequest(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
