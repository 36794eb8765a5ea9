package org.chengxin.platform.web;

/** No valid credentials came with a request that needs them (401). */
public final class Unauthenticated extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Unauthenticated(String reason) {
    super(reason);
  }
}
