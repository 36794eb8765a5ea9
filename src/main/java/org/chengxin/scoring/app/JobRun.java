package org.chengxin.scoring.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.ScoreSummary;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.model.SubjectScore;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.ScoreWriter;

/**
 * One full rescore in progress: the reader hands subjects over in batches; a second thread scores
 * each batch and copies it into the job's staging rows, so reading, scoring and writing overlap. At
 * most {@value #IN_FLIGHT} batches wait, which bounds memory whatever the population.
 */
final class JobRun implements AutoCloseable {
  private static final int BATCH = 2_000;
  private static final int IN_FLIGHT = 4;

  private record Pending(
      String code, SubjectKind kind, String region, List<ScoredRecord> records) {}

  private final RescoreJob job;
  private final CompiledScheme scheme;
  private final Connection write;
  private final RescoreProgress progress;
  private final long total;
  private final ExecutorService stager =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("rescore-stage").factory());
  private final Semaphore slots = new Semaphore(IN_FLIGHT);
  private final List<Future<?>> submitted = new ArrayList<>();
  private List<Pending> batch = new ArrayList<>(BATCH);
  private volatile long done;

  JobRun(
      RescoreJob job,
      CompiledScheme scheme,
      Connection write,
      long total,
      RescoreProgress progress) {
    this.job = job;
    this.scheme = scheme;
    this.write = write;
    this.total = total;
    this.progress = progress;
    progress.update(0, total); // the population is known before the first subject is read
  }

  void add(String code, SubjectKind kind, String region, List<ScoredRecord> records) {
    batch.add(new Pending(code, kind, region, records));
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /** Waits for every batch to be staged; the first failure is thrown. */
  long finish() throws SQLException {
    if (!batch.isEmpty()) {
      submit();
    }
    for (Future<?> f : submitted) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(job.label() + " interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(job.label() + ": " + e.getCause().getMessage(), e);
      }
    }
    return done;
  }

  private void submit() {
    List<Pending> mine = batch;
    batch = new ArrayList<>(BATCH);
    slots.acquireUninterruptibly();
    submitted.add(
        stager.submit(() -> {
          try {
            stage(mine);
          } finally {
            slots.release();
          }
          return null;
        }));
  }

  private void stage(List<Pending> subjects) throws SQLException {
    List<SubjectScore> scores = new ArrayList<>(subjects.size());
    for (Pending p : subjects) {
      if (scheme.covers(p.kind(), p.region())) {
        scores.add(
            new SubjectScore(p.code(), ScoreSummary.of(scheme.score(p.records(), job.asOf()))));
      }
    }
    ScoreWriter.stage(write, job.id(), scores);
    done += subjects.size();
    progress.update(done, total);
  }

  @Override
  public void close() {
    stager.shutdownNow();
  }

  RescoreJob job() {
    return job;
  }

  static void release(Connection c, long jobId) {
    try {
      JobTable.own(c, jobId, false);
    } catch (SQLException ignored) {
      // a broken connection has lost its locks already
    }
  }
}
