package org.chengxin.scoring.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.scoring.model.SchemeStatus;
import org.chengxin.scoring.model.SchemeVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scheme versions in PostgreSQL, each with its YAML definition and lifecycle dates. */
@Repository
public class SchemeTable {
  private final JdbcClient db;

  public SchemeTable(JdbcClient db) {
    this.db = db;
  }

  public boolean isEmpty() {
    return db.sql("select count(*) from scheme_version").query(Long.class).single() == 0;
  }

  /** Inserts or updates one version; the database refuses to change a frozen definition. */
  public void save(SchemeVersion v, String changedBy) {
    var s = v.scheme();
    db.sql(
            """
            insert into scheme_version (scheme_id, version, status, title, jurisdiction,
              subject_kinds, effective_from, published_on, retired_on, definition, changed_by)
            values (:id, :version, :status, :title, :jurisdiction, cast(:kinds as text[]),
              :effective, :published, :retired, :definition, :by)
            on conflict (scheme_id, version) do update set status = excluded.status,
              title = excluded.title, jurisdiction = excluded.jurisdiction,
              subject_kinds = excluded.subject_kinds, effective_from = excluded.effective_from,
              published_on = excluded.published_on, retired_on = excluded.retired_on,
              definition = excluded.definition, changed_by = excluded.changed_by,
              changed_at = now()
            """)
        .param("id", s.id())
        .param("version", s.version())
        .param("status", v.status().name())
        .param("title", s.title())
        .param("jurisdiction", s.jurisdiction())
        .param(
            "kinds", PgArrays.literal(s.subjectKinds().stream().map(Enum::name).sorted().toList()))
        .param("effective", s.effectiveFrom())
        .param("published", v.publishedOn())
        .param("retired", v.retiredOn())
        .param("definition", SchemeYaml.write(s))
        .param("by", changedBy)
        .update();
  }

  public Optional<SchemeVersion> find(String id, int version) {
    return db.sql("select * from scheme_version where scheme_id = ? and version = ?")
        .params(id, version)
        .query(this::map)
        .optional();
  }

  /** Every version, by scheme id and version. */
  public List<SchemeVersion> all() {
    return db.sql("select * from scheme_version order by scheme_id, version")
        .query(this::map)
        .list();
  }

  private SchemeVersion map(ResultSet rs, int row) throws SQLException {
    Date published = rs.getDate("published_on");
    Date retired = rs.getDate("retired_on");
    return new SchemeVersion(
        SchemeYaml.read(rs.getString("definition")),
        SchemeStatus.valueOf(rs.getString("status")),
        published == null ? null : published.toLocalDate(),
        retired == null ? null : retired.toLocalDate());
  }
}
