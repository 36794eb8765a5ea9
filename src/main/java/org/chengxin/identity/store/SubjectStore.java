package org.chengxin.identity.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.chengxin.identity.model.RelationRole;
import org.chengxin.identity.model.ResidentIdNumber;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.identity.model.SubjectRelation;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.platform.db.CopyText;
import org.chengxin.platform.db.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subject registry in PostgreSQL. */
@Repository
public class SubjectStore {
  private static final String COLUMNS =
      "code, kind, organisation_type, region, name, name_pinyin, birth_date, check_failed, source";

  private final JdbcClient db;
  private final Transactions transactions;

  public SubjectStore(JdbcClient db, Transactions transactions) {
    this.db = db;
    this.transactions = transactions;
  }

  /**
   * Registers the subjects not yet known, on the caller's connection and transaction; known ones
   * are left as they are. Returns how many were new.
   */
  public static long registerMissing(Connection c, Collection<SubjectRow> subjects)
      throws SQLException {
    if (subjects.isEmpty()) {
      return 0;
    }
    stage(c, subjects);
    try (var s = c.createStatement()) {
      return s.executeUpdate(
          "insert into subject ("
              + COLUMNS
              + ") select distinct on (code) "
              + COLUMNS
              + " from subject_staging order by code on conflict (code) do nothing");
    }
  }

  private static void stage(Connection c, Collection<SubjectRow> subjects) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(
          "create temp table if not exists subject_staging"
              + " (like subject including defaults) on commit drop");
      s.execute("truncate subject_staging");
    }
    CopyText copy = new CopyText(subjects.size());
    for (SubjectRow r : subjects) {
      copy.field(r.code()).field(r.kind().name()).field(r.organisationType()).field(r.region());
      copy.field(r.name()).field(r.pinyin());
      copy.field(r.birthDate() == null ? null : r.birthDate().toString());
      copy.field(r.checkFailed()).field(r.source());
      copy.endRow();
    }
    copy.copyInto(c, "copy subject_staging (" + COLUMNS + ") from stdin");
  }

  /** Which of these codes are not registered yet (one indexed look-up for the lot). */
  public static java.util.Set<String> unknown(Connection c, Collection<String> codes)
      throws SQLException {
    java.util.Set<String> unknown = new java.util.HashSet<>(codes);
    if (codes.isEmpty()) {
      return unknown;
    }
    try (var ps = c.prepareStatement("select code from subject where code = any (?)")) {
      ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          unknown.remove(rs.getString(1));
        }
      }
    }
    return unknown;
  }

  /**
   * Loads rows from an authoritative registry: new subjects are added, known ones take the
   * registry's name and check flag. Returns {inserted, updated}.
   */
  public static long[] upsertFromRegistry(Connection c, Collection<SubjectRow> subjects)
      throws SQLException {
    stage(c, subjects);
    long inserted = 0;
    long updated = 0;
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "insert into subject ("
                    + COLUMNS
                    + ") select distinct on (code) "
                    + COLUMNS
                    + " from subject_staging order by code on conflict (code) do update set"
                    + " name = excluded.name, name_pinyin = excluded.name_pinyin,"
                    + " check_failed = excluded.check_failed, source = excluded.source"
                    + " where (subject.name, subject.check_failed, subject.source)"
                    + " is distinct from (excluded.name, excluded.check_failed, excluded.source)"
                    + " returning (xmax = 0)")) {
      while (rs.next()) {
        if (rs.getBoolean(1)) {
          inserted++;
        } else {
          updated++;
        }
      }
    }
    return new long[] {inserted, updated};
  }

  /** {@link #registerMissing(Connection, Collection)} in a transaction of its own. */
  public long registerMissing(Collection<SubjectRow> subjects) {
    return transactions.inTransaction(
        "registering subjects failed", (c, status) -> registerMissing(c, subjects));
  }

  public Optional<SubjectRow> find(String code) {
    return db.sql("select * from subject where code = ?").param(code).query(this::map).optional();
  }

  /** Subjects matching the filters, by code; {@code query} matches name or pinyin prefixes. */
  public List<SubjectRow> search(
      String query, String regionPrefix, SubjectKind kind, int offset, int limit) {
    return db.sql(
            """
            select * from subject
            where (cast(:q as text) is null or name like :qPrefix or name_pinyin like :qLower
                   or code = :q)
              and (cast(:region as text) is null or region like :regionPrefix)
              and (cast(:kind as text) is null or kind = :kind)
            order by code offset :offset limit :limit
            """)
        .param("q", query)
        .param("qPrefix", query == null ? null : like(query) + "%")
        .param("qLower", query == null ? null : like(query.toLowerCase()) + "%")
        .param("region", regionPrefix)
        .param("regionPrefix", regionPrefix == null ? null : like(regionPrefix) + "%")
        .param("kind", kind == null ? null : kind.name())
        .param("offset", offset)
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  /** Records that a person holds a role in an organisation; returns false when already known. */
  public boolean addRelation(SubjectRelation r) {
    return db.sql(
                """
                insert into subject_relation
                  (organisation_code, person_code, role, valid_from, valid_to)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(
                r.organisation().value(),
                r.person().value(),
                r.role().name(),
                r.validFrom(),
                r.validTo())
            .update()
        == 1;
  }

  /** Relations where the subject is the organisation or the person, oldest first. */
  public List<SubjectRelation> relationsOf(String code) {
    return db.sql(
            """
            select * from subject_relation where organisation_code = :c or person_code = :c
            order by valid_from, organisation_code, role
            """)
        .param("c", code)
        .query((rs, n) -> {
          Date to = rs.getDate("valid_to");
          return new SubjectRelation(
              UnifiedSocialCreditCode.parse(rs.getString("organisation_code")),
              ResidentIdNumber.parse(rs.getString("person_code")),
              RelationRole.valueOf(rs.getString("role")),
              rs.getDate("valid_from").toLocalDate(),
              to == null ? null : to.toLocalDate());
        })
        .list();
  }

  public long count() {
    return db.sql("select count(*) from subject").query(Long.class).single();
  }

  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private SubjectRow map(ResultSet rs, int row) throws SQLException {
    Date birth = rs.getDate("birth_date");
    return new SubjectRow(
        rs.getString("code"),
        SubjectKind.valueOf(rs.getString("kind")),
        rs.getString("organisation_type"),
        rs.getString("region"),
        rs.getString("name"),
        rs.getString("name_pinyin"),
        birth == null ? null : birth.toLocalDate(),
        rs.getBoolean("check_failed"),
        rs.getString("source"),
        rs.getTimestamp("registered_at").toInstant());
  }
}
