package org.chengxin.scoring.app;

import java.sql.Connection;
import java.sql.SQLException;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.PopulationReader;
import org.chengxin.scoring.store.ScoreWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one registered full rescore: reads the covered population from one snapshot, scores and
 * stages everyone ({@link JobRun}), then switches the staged scores in with one transaction.
 */
final class JobRunner {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final SchemeService schemes;
  private final CatalogService catalog;
  private final JobTable jobs;

  JobRunner(SchemeService schemes, CatalogService catalog, JobTable jobs) {
    this.schemes = schemes;
    this.catalog = catalog;
    this.jobs = jobs;
  }

  RescoreJob runAndSwitch(
      RescoreJob job, Connection read, Connection write, RescoreProgress progress)
      throws SQLException {
    long t0 = System.nanoTime();
    CompiledScheme scheme = schemes.compiled(job.schemeId(), job.schemeVersion());
    Scheme s = scheme.scheme();
    read.setAutoCommit(false);
    read.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    read.setReadOnly(true);
    long total = count(read, s);
    jobs.progress(job.id(), total, 0);
    long scored;
    try (JobRun run = new JobRun(job, scheme, write, total, throttled(job.id(), total, progress))) {
      new PopulationReader(catalog.current(), scheme.typesReadingAttributes())
          .covered(read, s.subjectKinds(), s.jurisdiction(), run::add);
      scored = run.finish();
    }
    read.commit();
    jobs.staged(job.id(), scored);
    long staged = System.nanoTime();
    write.setAutoCommit(false);
    try {
      long changed = ScoreWriter.switchOver(write, job, servingVersion(write, job.schemeId()));
      if (!JobTable.finish(write, job.id(), scored, changed)) {
        write.rollback();
        throw new IllegalStateException(job.label() + " was failed while it ran; not switched");
      }
      write.commit();
      log.info(
          "{}: read, scored and staged in {} ms, switched in {} ms",
          job.label(),
          (staged - t0) / 1_000_000,
          (System.nanoTime() - staged) / 1_000_000);
    } catch (SQLException | RuntimeException e) {
      write.rollback();
      throw e;
    } finally {
      write.setAutoCommit(true);
    }
    return jobs.find(job.id()).orElseThrow();
  }

  /** The job's population, counted in its snapshot (the first statement fixes the snapshot). */
  private static long count(Connection read, Scheme s) throws SQLException {
    try (var ps =
        read.prepareStatement(
            "select count(*) from subject where kind = any (cast(? as text[]))"
                + " and region like ? and not check_failed")) {
      ps.setString(1, PgArrays.literal(s.subjectKinds().stream().map(Enum::name).toList()));
      ps.setString(2, s.jurisdiction().replace("%", "").replace("_", "") + "%");
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Integer servingVersion(Connection c, String schemeId) throws SQLException {
    try (var ps =
        c.prepareStatement(
            "select scheme_version from score_serving where scheme_id = ? for update")) {
      ps.setString(1, schemeId);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : null;
      }
    }
  }

  /** Progress to the caller at every batch, to the job row at most every second. */
  private RescoreProgress throttled(long jobId, long total, RescoreProgress caller) {
    long[] lastWrite = {0};
    return (done, all) -> {
      caller.update(done, total);
      long now = System.nanoTime();
      if (now - lastWrite[0] > 1_000_000_000L) {
        lastWrite[0] = now;
        jobs.progress(jobId, total, done);
      }
    };
  }
}
