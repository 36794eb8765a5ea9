package org.chengxin.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.chengxin.platform.web.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues, verifies and revokes API keys. A token reads {@code cx.<keyId>.<secret>}; only a SHA-256
 * of the 256-bit random secret is stored, which suffices for a secret that cannot be guessed (a
 * slow password hash guards low-entropy human passwords, not these).
 */
@Component
public class ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient db;

  public ApiKeys(JdbcClient db) {
    this.db = db;
  }

  public IssuedKey issue(Role role, String providerId, String label) {
    return issue(role, providerId, null, label);
  }

  /** A key for a relying party, which may check subjects for its registered purposes only. */
  public IssuedKey issueForRelyingParty(String relyingPartyId, String label) {
    return issue(Role.RELYING_PARTY, null, relyingPartyId, label);
  }

  private IssuedKey issue(Role role, String providerId, String relyingPartyId, String label) {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(secret);
    String keyId = HexFormat.of().formatHex(id);
    String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try {
      db.sql(
              "insert into api_key (key_id, secret_hash, role, provider_id, relying_party_id,"
                  + " label) values (?, ?, ?, ?, ?, ?)")
          .params(keyId, sha256(secretText), role.name(), providerId, relyingPartyId, label)
          .update();
    } catch (DataIntegrityViolationException e) {
      // the only constraints a valid call can break: the provider or relying party is unknown
      throw new NotFound(
          providerId != null ? "provider " + providerId : "relying party " + relyingPartyId);
    }
    return new IssuedKey(keyId, role, providerId, "cx." + keyId + "." + secretText);
  }

  /** The caller a token belongs to, if the token is well-formed, known, unrevoked and matches. */
  public Optional<Caller> verify(String token) {
    String[] parts = token == null ? new String[0] : token.trim().split("\\.");
    if (parts.length != 3 || !parts[0].equals("cx") || parts[1].length() > 32) {
      return Optional.empty();
    }
    return db.sql(
            "select secret_hash, role, provider_id, relying_party_id from api_key"
                + " where key_id = ? and revoked_at is null")
        .param(parts[1])
        .query((rs, n) ->
            MessageDigest.isEqual(rs.getBytes(1), sha256(parts[2]))
                ? new Caller(
                    parts[1], Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))
                : null)
        .optional();
  }

  /** Revokes a key; returns false when there was no such active key. */
  public boolean revoke(String keyId) {
    return db.sql("update api_key set revoked_at = now() where key_id = ? and revoked_at is null")
            .param(keyId)
            .update()
        == 1;
  }

  /** Revokes every active key with this label (the demo re-issues its sample keys each start). */
  public int revokeLabelled(String label) {
    return db.sql("update api_key set revoked_at = now() where label = ? and revoked_at is null")
        .param(label)
        .update();
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
