package org.chengxin.scoring.store;

/** A scheme document that cannot be read; the message names the scheme, the part and the field. */
public final class SchemeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchemeFormatException(String message) {
    super(message);
  }

  public SchemeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
