package org.chengxin.access;

import java.util.Optional;
import org.chengxin.platform.web.Forbidden;

/**
 * An authenticated client of the API: which key, in which role, for which provider or relying
 * party.
 */
public record Caller(String keyId, Role role, String providerId, String relyingPartyId) {

  public Caller {
    if (role == Role.PROVIDER && providerId == null) {
      throw new IllegalArgumentException("a provider key must name its provider");
    }
    if (role == Role.RELYING_PARTY && relyingPartyId == null) {
      throw new IllegalArgumentException("a relying-party key must name its relying party");
    }
  }

  /** The command-line operator, trusted as the owner of the database it runs against. */
  public static Caller operator(Role role, String providerId) {
    return new Caller("cli:" + System.getProperty("user.name"), role, providerId, null);
  }

  /** The command-line operator acting for a relying party. */
  public static Caller operatorFor(String relyingPartyId) {
    return new Caller(
        "cli:" + System.getProperty("user.name"), Role.RELYING_PARTY, null, relyingPartyId);
  }

  public Optional<String> relyingParty() {
    return Optional.ofNullable(relyingPartyId);
  }

  public Optional<String> provider() {
    return Optional.ofNullable(providerId);
  }

  public String actor() {
    String party = providerId != null ? providerId : relyingPartyId;
    return party == null ? role.name().toLowerCase() + ":" + keyId : party + ":" + keyId;
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
