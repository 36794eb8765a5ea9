package org.chengxin.checks.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.chengxin.platform.db.PgArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every check made: who, for what purpose, about whom, when, and which measures applied. */
@Repository
public class CheckLog {
  private final JdbcClient db;

  public CheckLog(JdbcClient db) {
    this.db = db;
  }

  /** One logged check. */
  public record Entry(
      long id,
      String relyingParty,
      String purpose,
      String subject,
      List<String> measures,
      Instant checkedAt) {}

  public Instant append(String party, String purpose, String subject, List<String> measures) {
    return db.sql(
            "insert into check_log (relying_party_id, purpose, subject_code, measures)"
                + " values (?, ?, ?, cast(? as text[])) returning checked_at")
        .params(party, purpose, subject, PgArrays.literal(measures))
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .single();
  }

  /** The checks made on a subject, newest first. */
  public List<Entry> ofSubject(String subject, int offset, int limit) {
    return db.sql(
            "select * from check_log where subject_code = ? order by id desc offset ? limit ?")
        .params(subject, offset, limit)
        .query((rs, n) ->
            new Entry(
                rs.getLong("id"),
                rs.getString("relying_party_id"),
                rs.getString("purpose"),
                rs.getString("subject_code"),
                Arrays.asList((String[]) rs.getArray("measures").getArray()),
                rs.getTimestamp("checked_at").toInstant()))
        .list();
  }
}
