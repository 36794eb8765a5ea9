package org.chengxin.platform.web;

/** The thing a request names does not exist (404). Give the thing; the message says it. */
public final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what + " was not found");
  }
}
