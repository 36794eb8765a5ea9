package org.chengxin.records.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.platform.db.PgArrays;
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

  /** Receives one subject of a population with all its record versions (maybe none). */
  @FunctionalInterface
  public interface SubjectRecords {
    void accept(String subject, SubjectKind kind, String region, List<CreditRecord> records);
  }

  /**
   * Walks every subject of these kinds whose region starts with {@code regionPrefix}, in code
   * order, each with its record versions; subjects with a failing check are left out.
   */
  public void forEachSubject(Set<SubjectKind> kinds, String regionPrefix, SubjectRecords handler) {
    String sql =
        """
        select s.code as s_code, s.kind as s_kind, s.region as s_region, r.*,
               n.reference as next_reference, n.action as next_action
        from subject s
        left join credit_record r on r.subject_code = s.code
        left join credit_record n
          on n.provider_id = r.provider_id and n.supersedes_reference = r.reference
        where s.kind = any (cast(:kinds as text[])) and s.region like :prefix
          and not s.check_failed
        order by s.code, r.event_date, r.id
        """;
    List<CreditRecord> current = new ArrayList<>();
    String[] subject = {null, null, null};
    db.sql(sql)
        .param("kinds", PgArrays.literal(kinds.stream().map(Enum::name).toList()))
        .param("prefix", regionPrefix.replace("%", "").replace("_", "") + "%")
        .query((ResultSet rs) -> {
          String code = rs.getString("s_code");
          if (!code.equals(subject[0])) {
            if (subject[0] != null) {
              handler.accept(
                  subject[0], SubjectKind.valueOf(subject[1]), subject[2], List.copyOf(current));
            }
            current.clear();
            subject[0] = code;
            subject[1] = rs.getString("s_kind");
            subject[2] = rs.getString("s_region");
          }
          if (rs.getObject("id") != null) {
            current.add(map(rs, 0));
          }
        });
    if (subject[0] != null) {
      handler.accept(subject[0], SubjectKind.valueOf(subject[1]), subject[2], List.copyOf(current));
    }
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
