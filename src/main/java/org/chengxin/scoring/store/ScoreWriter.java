package org.chengxin.scoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.chengxin.platform.db.CopyText;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.ScoreSummary;
import org.chengxin.scoring.model.SubjectScore;

/**
 * Writes scores with COPY on the caller's connection. Incremental writes (after an ingest) replace
 * a subject's rows at once and add a history row where the score readers see changes; a full
 * rescore stages its rows and {@link #switchOver switches} them in with one transaction.
 */
public final class ScoreWriter {
  private static final String INCOMING_COLUMNS =
      "subject_code, scheme_id, scheme_version, as_of, dimensions, composite, reasons";
  private static final String CHANGED =
      "(cur.subject_code is null or cur.dimensions <> i.dimensions"
          + " or cur.composite is distinct from i.composite)";

  private static final int ANALYZE_FROM = 200;

  private ScoreWriter() {}

  /** Stores these scores now (newest wins), recording a history row for each visible change. */
  public static void writeIncremental(Connection c, List<SubjectScore> scores, String cause)
      throws SQLException {
    if (scores.isEmpty()) {
      return;
    }
    try (var s = c.createStatement()) {
      s.execute(
          "create temp table if not exists score_incoming (subject_code varchar(18),"
              + " scheme_id varchar(64), scheme_version int, as_of date, dimensions jsonb,"
              + " composite jsonb, reasons text[])");
      s.execute("truncate score_incoming");
    }
    CopyText rows = new CopyText(scores.size());
    for (SubjectScore score : scores) {
      ScoreSummary s = score.summary();
      rows.field(score.subject()).field(s.schemeId()).field(s.schemeVersion());
      summaryFields(rows, s).endRow();
    }
    rows.copyInto(c, "copy score_incoming (" + INCOMING_COLUMNS + ") from stdin");
    if (scores.size() > ANALYZE_FROM) {
      update(c, "analyze score_incoming"); // else the planner takes thousands of rows for one
    }
    update(
        c,
        "insert into score_history ("
            + INCOMING_COLUMNS
            + ", cause) select i.*, ? from score_incoming i"
            + " join score_serving v on v.scheme_id = i.scheme_id"
            + "  and v.scheme_version = i.scheme_version"
            + " left join subject_score cur on cur.subject_code = i.subject_code"
            + "  and cur.scheme_id = i.scheme_id and cur.scheme_version = i.scheme_version"
            + " where "
            + CHANGED,
        cause);
    update(
        c,
        "insert into subject_score ("
            + INCOMING_COLUMNS
            + ", cause) select i.*, ? from score_incoming i"
            + " on conflict (subject_code, scheme_id, scheme_version) do update set"
            + " as_of = excluded.as_of, dimensions = excluded.dimensions,"
            + " composite = excluded.composite, reasons = excluded.reasons,"
            + " cause = excluded.cause, write_seq = nextval('score_write_seq'), computed_at = now()",
        cause);
    try (var s = c.createStatement()) {
      s.execute("truncate score_incoming");
    }
  }

  /** Adds a job's results to its staging rows (in any order, in any number of calls). */
  public static void stage(Connection c, long jobId, List<SubjectScore> scores)
      throws SQLException {
    CopyText rows = new CopyText(scores.size());
    for (SubjectScore score : scores) {
      rows.field(score.subject());
      summaryFields(rows, score.summary()).endRow();
    }
    rows.copyInto(
        c,
        "copy "
            + staging(jobId)
            + " (subject_code, as_of, dimensions, composite, reasons) from stdin");
  }

  /**
   * Makes a job's staged scores the ones readers see, in the caller's transaction: merges them in
   * (keeping rows an ingest wrote after the job's snapshot, and leaving rows whose figures and
   * reasons did not change as they are: they hold as of the job's day too, which the serving
   * pointer records), records history for every subject whose visible score changes, and points the
   * scheme's readers at the job's version.
   *
   * @param servingVersion the version readers saw until now, or null
   * @return how many subjects' visible scores changed
   */
  public static long switchOver(Connection c, RescoreJob job, Integer servingVersion)
      throws SQLException {
    String cause = job.reason();
    // Fresh statistics, or the planner takes a million staged rows for a handful.
    update(c, "analyze " + staging(job.id()));
    update(c, "analyze subject_score");
    long changed;
    if (servingVersion != null && servingVersion == job.schemeVersion()) {
      changed = historyAgainstSameVersion(c, job, cause);
      merge(c, job, cause);
    } else {
      merge(c, job, cause);
      changed = historyAgainstOtherVersion(c, job, servingVersion, cause);
    }
    update(
        c,
        "insert into score_serving (scheme_id, scheme_version, as_of, job_id) values (?, ?, ?, ?)"
            + " on conflict (scheme_id) do update set scheme_version = excluded.scheme_version,"
            + " as_of = excluded.as_of, job_id = excluded.job_id, switched_at = now()",
        job.schemeId(),
        job.schemeVersion(),
        job.asOf(),
        job.id());
    update(c, "drop table " + staging(job.id()));
    return changed;
  }

  private static void merge(Connection c, RescoreJob job, String cause) throws SQLException {
    update(
        c,
        "insert into subject_score (subject_code, scheme_id, scheme_version, as_of, dimensions,"
            + " composite, reasons, cause)"
            + " select st.subject_code, ?, ?, st.as_of, st.dimensions, st.composite, st.reasons, ?"
            + " from "
            + staging(job.id())
            + " st"
            + " on conflict (subject_code, scheme_id, scheme_version) do update set"
            + " as_of = excluded.as_of, dimensions = excluded.dimensions,"
            + " composite = excluded.composite, reasons = excluded.reasons,"
            + " cause = excluded.cause, write_seq = nextval('score_write_seq'), computed_at = now()"
            + " where subject_score.write_seq < ? and (subject_score.dimensions <> excluded.dimensions"
            + "  or subject_score.composite is distinct from excluded.composite"
            + "  or subject_score.reasons <> excluded.reasons)",
        job.schemeId(),
        job.schemeVersion(),
        cause,
        job.snapshotSeq());
  }

  /** A re-evaluation of the serving version: staged rows against the rows about to be replaced. */
  private static long historyAgainstSameVersion(Connection c, RescoreJob job, String cause)
      throws SQLException {
    return update(
        c,
        "insert into score_history (subject_code, scheme_id, scheme_version, as_of, dimensions,"
            + " composite, reasons, cause)"
            + " select i.subject_code, ?, ?, i.as_of, i.dimensions, i.composite, i.reasons, ?"
            + " from "
            + staging(job.id())
            + " i left join subject_score cur"
            + "  on cur.subject_code = i.subject_code and cur.scheme_id = ?"
            + "  and cur.scheme_version = ?"
            + " where (cur.write_seq is null or cur.write_seq < ?) and "
            + CHANGED,
        job.schemeId(),
        job.schemeVersion(),
        cause,
        job.schemeId(),
        job.schemeVersion(),
        job.snapshotSeq());
  }

  /** A new version: its merged rows against the old version's. */
  private static long historyAgainstOtherVersion(
      Connection c, RescoreJob job, Integer servingVersion, String cause) throws SQLException {
    return update(
        c,
        "insert into score_history (subject_code, scheme_id, scheme_version, as_of, dimensions,"
            + " composite, reasons, cause)"
            + " select i.subject_code, i.scheme_id, i.scheme_version, i.as_of, i.dimensions,"
            + " i.composite, i.reasons, ?"
            + " from subject_score i left join subject_score cur"
            + "  on cur.subject_code = i.subject_code and cur.scheme_id = i.scheme_id"
            + "  and cur.scheme_version = ?"
            + " where i.scheme_id = ? and i.scheme_version = ? and "
            + CHANGED,
        cause,
        servingVersion == null ? -1 : servingVersion,
        job.schemeId(),
        job.schemeVersion());
  }

  /** The unlogged table a job's results wait in until its switch. */
  public static String staging(long jobId) {
    return "score_staging_" + jobId;
  }

  private static CopyText summaryFields(CopyText rows, ScoreSummary s) {
    return rows.field(s.asOf().toString())
        .field(ScoreJson.dimensions(s.dimensions()))
        .field(ScoreJson.composite(s.composite()))
        .field(PgArrays.literal(s.reasons()));
  }

  private static long update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeLargeUpdate();
    }
  }
}
