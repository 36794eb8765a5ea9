package org.chengxin.records.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads record versions with their place in the version chain. */
@Repository
public class RecordReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String SELECT =
      """
      select r.*, n.reference as next_reference, n.action as next_action
      from credit_record r
      left join credit_record n
        on n.provider_id = r.provider_id and n.supersedes_reference = r.reference
      """;

  private final JdbcClient db;

  public RecordReader(JdbcClient db) {
    this.db = db;
  }

  /** A subject's record versions, newest event first; {@code provider} narrows to one source. */
  public List<CreditRecord> ofSubject(String subject, String provider, int offset, int limit) {
    return db.sql(
            SELECT
                + " where r.subject_code = :s and (cast(:p as text) is null or r.provider_id = :p)"
                + " order by r.event_date desc, r.id desc offset :o limit :l")
        .param("s", subject)
        .param("p", provider)
        .param("o", offset)
        .param("l", limit)
        .query(this::map)
        .list();
  }

  /** Every version about a subject, from every provider (for scoring). */
  public List<CreditRecord> allOfSubject(String subject) {
    return db.sql(SELECT + " where r.subject_code = ? order by r.event_date, r.id")
        .param(subject)
        .query(this::map)
        .list();
  }

  public long countOfSubject(String subject, String provider) {
    return db.sql(
            "select count(*) from credit_record where subject_code = :s"
                + " and (cast(:p as text) is null or provider_id = :p)")
        .param("s", subject)
        .param("p", provider)
        .query(Long.class)
        .single();
  }

  public Optional<CreditRecord> find(long id) {
    return db.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
  }

  public long count() {
    return db.sql("select count(*) from credit_record").query(Long.class).single();
  }

  private CreditRecord map(ResultSet rs, int row) throws SQLException {
    RecordAction action = RecordAction.valueOf(rs.getString("action"));
    String next = rs.getString("next_action");
    VersionStatus status =
        next == null
            ? (action == RecordAction.REVOKE ? VersionStatus.REVOKED : VersionStatus.CURRENT)
            : (next.equals("REVOKE") ? VersionStatus.REVOKED : VersionStatus.CORRECTED);
    return new CreditRecord(
        rs.getLong("id"),
        rs.getString("subject_code"),
        rs.getString("provider_id"),
        rs.getString("reference"),
        rs.getString("type_code"),
        action,
        rs.getString("supersedes_reference"),
        rs.getDate("event_date").toLocalDate(),
        rs.getString("document_no"),
        rs.getString("legal_basis"),
        JSON.readValue(rs.getString("attributes"), MAP),
        rs.getTimestamp("ingested_at").toInstant(),
        status,
        rs.getString("next_reference"));
  }
}
