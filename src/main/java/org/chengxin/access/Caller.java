package org.chengxin.access;

import java.util.Optional;
import org.chengxin.platform.web.Forbidden;

/** An authenticated client of the API: which key, in which role, for which provider. */
public record Caller(String keyId, Role role, String providerId) {

  public Caller {
    if (role == Role.PROVIDER && providerId == null) {
      throw new IllegalArgumentException("a provider key must name its provider");
    }
  }

  /** The command-line operator, trusted as the owner of the database it runs against. */
  public static Caller operator(Role role, String providerId) {
    return new Caller("cli:" + System.getProperty("user.name"), role, providerId);
  }

  public Optional<String> provider() {
    return Optional.ofNullable(providerId);
  }

  public String actor() {
    return providerId == null ? role.name().toLowerCase() + ":" + keyId : providerId + ":" + keyId;
  }

  /** Throws {@link Forbidden} unless this caller has one of the roles. */
  public Caller require(String action, Role... allowed) {
    for (Role r : allowed) {
      if (r == role) {
        return this;
      }
    }
    throw new Forbidden(actor(), action, "role " + role + " may not " + action);
  }
}
