package org.chengxin.access;

import java.util.Map;
import org.chengxin.audit.AuditLog;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A system administrator issues and revokes API keys. The secret is in the answer, once. */
@RestController
public class KeysController {
  private final ApiKeys keys;
  private final AuditLog audit;

  public KeysController(ApiKeys keys, AuditLog audit) {
    this.keys = keys;
    this.audit = audit;
  }

  /** Which key to issue: a role, for PROVIDER the provider id, for RELYING_PARTY the party's. */
  public record KeyRequest(Role role, String provider, String relyingParty, String label) {}

  @PostMapping("/api/v1/keys")
  @ResponseStatus(HttpStatus.CREATED)
  public IssuedKey issue(Caller caller, @RequestBody KeyRequest request) {
    caller.require("issue keys", Role.SYSTEM_ADMIN);
    if (request == null || request.role() == null) {
      throw new BadRequest(
          "role", "name the role: PROVIDER, RELYING_PARTY, POLICY_ADMIN or SYSTEM_ADMIN");
    }
    if ((request.role() == Role.PROVIDER) != (request.provider() != null)) {
      throw new BadRequest("provider", "a PROVIDER key, and only that, names its provider");
    }
    if ((request.role() == Role.RELYING_PARTY) != (request.relyingParty() != null)) {
      throw new BadRequest(
          "relyingParty", "a RELYING_PARTY key, and only that, names its relying party");
    }
    String label = request.label() == null ? "issued by " + caller.actor() : request.label();
    IssuedKey key =
        request.role() == Role.RELYING_PARTY
            ? keys.issueForRelyingParty(request.relyingParty(), label)
            : keys.issue(request.role(), request.provider(), label);
    audit.ok(
        caller.actor(),
        "issue key",
        key.keyId(),
        Map.of("role", key.role().name(), "provider", String.valueOf(key.providerId())));
    return key;
  }

  @DeleteMapping("/api/v1/keys/{keyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void revoke(
      Caller caller, @org.springframework.web.bind.annotation.PathVariable String keyId) {
    caller.require("revoke keys", Role.SYSTEM_ADMIN);
    if (!keys.revoke(keyId)) {
      throw new NotFound("active key " + keyId);
    }
    audit.ok(caller.actor(), "revoke key", keyId, Map.of());
  }
}
