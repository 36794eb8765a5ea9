package org.chengxin.audit;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the audit log. A successful action is logged in the caller's transaction, if it
 * has one (so it commits or rolls back with the work); a refused attempt is logged in a transaction
 * of its own, so the refusal is kept even when the request's work is rolled back.
 */
@Component
public class AuditLog {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final JdbcClient db;

  public AuditLog(JdbcClient db) {
    this.db = db;
  }

  public void ok(String actor, String action, String target, Map<String, ?> detail) {
    append(actor, action, target, "OK", detail);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void refused(String actor, String action, String target, String reason) {
    append(actor, action, target, "REFUSED", Map.of("reason", reason));
  }

  private void append(
      String actor, String action, String target, String outcome, Map<String, ?> detail) {
    db.sql(
            "insert into audit_event (actor, action, target, outcome, detail)"
                + " values (?, ?, ?, ?, cast(? as jsonb))")
        .params(actor, action, target, outcome, JSON.writeValueAsString(detail))
        .update();
  }
}
