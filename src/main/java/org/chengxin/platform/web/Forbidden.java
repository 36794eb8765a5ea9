package org.chengxin.platform.web;

/** An authenticated caller tried something its role or authorisation does not allow (403). */
public final class Forbidden extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String actor;
  private final String action;

  public Forbidden(String actor, String action, String reason) {
    super(reason);
    this.actor = actor;
    this.action = action;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }
}
