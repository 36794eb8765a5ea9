package org.chengxin.scoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.platform.db.CopyText;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.store.PopulationReader.Coverage;
import org.chengxin.scoring.store.PopulationReader.Handler;

/** Reads given subjects (an ingest's) with their records, one query per call. */
final class SubjectsQuery {
  private static final int FETCH = 10_000;
  private static final int SUBJECTS_PER_QUERY = 1_000;
  private static final String SELECT =
      """
      select s.code, s.kind, s.region, r.id, r.type_code, r.action, r.event_date,
             case when r.type_code = any (cast(? as text[])) then r.attributes::text end,
             n.action
      from subject s
      left join credit_record r on r.subject_code = s.code
      left join (select provider_id, supersedes_reference, action from credit_record
                 where supersedes_reference is not null) n
        on n.provider_id = r.provider_id and n.supersedes_reference = r.reference
      """;

  private final RecordRows rows;

  SubjectsQuery(RecordRows rows) {
    this.rows = rows;
  }

  /**
   * These subjects, as far as one of the coverages includes them (those not registered, or not
   * covered, are left out: an ingest about a subject no scheme rates costs no read).
   */
  void subjects(Connection c, Collection<String> codes, List<Coverage> coverages, Handler handler)
      throws SQLException {
    if (coverages.isEmpty()) {
      return;
    }
    StringBuilder covered = new StringBuilder();
    for (Coverage cov : coverages) {
      covered.append(covered.isEmpty() ? "(" : " or (");
      covered.append(PopulationReader.coverage(cov.kinds(), cov.regionPrefix())).append(')');
    }
    if (codes.size() <= SUBJECTS_PER_QUERY) {
      try (PreparedStatement ps =
          c.prepareStatement(
              SELECT
                  + " where s.code = any (cast(? as text[])) and ("
                  + covered
                  + ") order by s.code")) {
        ps.setString(1, rows.attributeTypesArray());
        ps.setString(2, PgArrays.literal(codes));
        stream(ps, handler);
      }
      return;
    }
    // Many subjects (a file import): one query over a table of them, with statistics.
    try (var st = c.createStatement()) {
      st.execute("create temp table if not exists score_touched (code varchar(18) primary key)");
      st.execute("truncate score_touched");
    }
    CopyText touched = new CopyText(codes.size());
    for (String code : codes) {
      touched.field(code).endRow();
    }
    touched.copyInto(c, "copy score_touched (code) from stdin");
    try (var st = c.createStatement()) {
      st.execute("analyze score_touched");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT.replace(
                    "from subject s", "from score_touched t join subject s on s.code = t.code")
                + " where ("
                + covered
                + ") order by s.code")) {
      ps.setString(1, rows.attributeTypesArray());
      stream(ps, handler);
    }
  }

  private void stream(PreparedStatement ps, Handler handler) throws SQLException {
    ps.setFetchSize(FETCH);
    String code = null;
    SubjectKind kind = null;
    String region = null;
    List<ScoredRecord> records = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String next = rs.getString(1);
        if (!next.equals(code)) {
          if (code != null) {
            handler.subject(code, kind, region, records);
            records = new ArrayList<>();
          }
          code = next;
          kind = SubjectKind.valueOf(rs.getString(2));
          region = rs.getString(3);
        }
        long id = rs.getLong(4);
        if (!rs.wasNull()) {
          ScoredRecord record = record(rows, rs, id);
          if (record != null) {
            records.add(record);
          }
        }
      }
    }
    if (code != null) {
      handler.subject(code, kind, region, records);
    }
  }

  private static ScoredRecord record(RecordRows rows, ResultSet rs, long id) throws SQLException {
    return rows.record(
        id,
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, LocalDate.class),
        rs.getString(8),
        rs.getString(9));
  }
}
