package org.chengxin.scoring.policy;

/** A national policy file that cannot be read; the message names the field at fault. */
public final class PolicyFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PolicyFormatException(String message) {
    super(message);
  }

  public PolicyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
