package org.chengxin.scoring.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chengxin.scoring.model.RescoreJob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-rescore jobs. Registering one and taking its read snapshot happen under an exclusive
 * advisory lock that every ingest takes shared before it scores ({@link #INGEST_LOCK}): an ingest
 * either committed before the job's snapshot, or sees the job and scores its version too.
 */
@Repository
public class JobTable {
  /** The advisory lock key ("CXSC") that orders ingests and job snapshots. */
  public static final long INGEST_LOCK = 0x43585343L;

  /** The first key of the per-job ownership locks ("CXJB"; the second key is the job id). */
  private static final int JOB_LOCK = 0x43584A42;

  private final JdbcClient db;

  public JobTable(JdbcClient db) {
    this.db = db;
  }

  /** Takes the lock shared for the rest of the caller's transaction (ingest side). */
  public void lockShared() {
    db.sql("select pg_advisory_xact_lock_shared(?)").param(INGEST_LOCK).query().listOfRows();
  }

  /**
   * Registers a running job on {@code c} (autocommit) while holding the lock exclusively.
   *
   * @throws SQLException with state 23505 if the scheme already has a running job
   */
  public static RescoreJob register(
      Connection c, String schemeId, int version, LocalDate asOf, String reason, String by)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "insert into rescore_job (scheme_id, scheme_version, as_of, reason, state,"
                + " snapshot_seq, requested_by) values (?, ?, ?, ?, 'RUNNING',"
                + " nextval('score_write_seq'), ?) returning *")) {
      ps.setString(1, schemeId);
      ps.setInt(2, version);
      ps.setObject(3, asOf);
      ps.setString(4, reason);
      ps.setString(5, by);
      RescoreJob job;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        job = map(rs, 0);
      }
      try (var s = c.createStatement()) {
        s.execute(
            "create unlogged table "
                + ScoreWriter.staging(job.id())
                + " (subject_code varchar(18) not null, as_of date not null,"
                + " dimensions jsonb not null, composite jsonb, reasons text[] not null)");
      }
      return job;
    }
  }

  public static void lockExclusive(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("select pg_advisory_lock(" + INGEST_LOCK + ")");
    }
  }

  public static void unlockExclusive(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("select pg_advisory_unlock(" + INGEST_LOCK + ")");
    }
  }

  public List<RescoreJob> running() {
    return db.sql("select * from rescore_job where state = 'RUNNING' order by id")
        .query(JobTable::map)
        .list();
  }

  public List<RescoreJob> recent(int limit) {
    return db.sql("select * from rescore_job order by id desc limit ?")
        .param(limit)
        .query(JobTable::map)
        .list();
  }

  public Optional<RescoreJob> find(long id) {
    return db.sql("select * from rescore_job where id = ?")
        .param(id)
        .query(JobTable::map)
        .optional();
  }

  public void progress(long id, long total, long done) {
    db.sql("update rescore_job set total = ?, done = ? where id = ?")
        .params(total, done, id)
        .update();
  }

  /**
   * Marks the job done inside the switch transaction.
   *
   * @return false if the job is no longer running (failed meanwhile): roll the switch back
   */
  public static boolean finish(Connection c, long id, long total, long changed)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "update rescore_job set state = 'DONE', total = ?, done = ?, changed = ?,"
                + " finished_at = clock_timestamp() where id = ? and state = 'RUNNING'")) {
      ps.setLong(1, total);
      ps.setLong(2, total);
      ps.setLong(3, changed);
      ps.setLong(4, id);
      return ps.executeUpdate() == 1;
    }
  }

  public void fail(long id, String error) {
    db.sql(
            "update rescore_job set state = 'FAILED', error = ?, finished_at = now()"
                + " where id = ? and state = 'RUNNING'")
        .params(error, id)
        .update();
    dropStaging(id);
  }

  /**
   * Fails the running jobs whose owner is gone (its session, and so its {@link #own ownership
   * lock}, ended with the process): they can never finish; the next reconciliation redoes them.
   */
  public int failOrphaned() {
    List<Long> orphans =
        db.sql(
                "update rescore_job set state = 'FAILED', finished_at = now(),"
                    + " error = 'interrupted: the process stopped before the switch'"
                    + " where state = 'RUNNING' and pg_try_advisory_xact_lock(?, cast(id as int))"
                    + " returning id")
            .param(JOB_LOCK)
            .query(Long.class)
            .list();
    for (long id : orphans) {
      dropStaging(id);
    }
    return orphans.size();
  }

  private void dropStaging(long jobId) {
    db.sql("drop table if exists " + ScoreWriter.staging(jobId)).update();
  }

  /** The running job's owner holds this lock on its connection until the job ends. */
  public static void own(Connection c, long jobId, boolean take) throws SQLException {
    try (var ps =
        c.prepareStatement(
            take ? "select pg_advisory_lock(?, ?)" : "select pg_advisory_unlock(?, ?)")) {
      ps.setInt(1, JOB_LOCK);
      ps.setInt(2, (int) jobId);
      ps.execute();
    }
  }

  /** Everyone is scored and staged: the switch starts. */
  public void staged(long id, long total) {
    db.sql("update rescore_job set total = ?, done = ?, staged_at = now() where id = ?")
        .params(total, total, id)
        .update();
  }

  private static RescoreJob map(ResultSet rs, int n) throws SQLException {
    return new RescoreJob(
        rs.getLong("id"),
        rs.getString("scheme_id"),
        rs.getInt("scheme_version"),
        rs.getObject("as_of", LocalDate.class),
        rs.getString("reason"),
        RescoreJob.State.valueOf(rs.getString("state")),
        rs.getLong("snapshot_seq"),
        rs.getLong("total"),
        rs.getLong("done"),
        rs.getLong("changed"),
        rs.getString("requested_by"),
        rs.getTimestamp("started_at").toInstant(),
        instant(rs, "staged_at"),
        instant(rs, "finished_at"),
        rs.getString("error"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
