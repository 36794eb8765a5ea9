package org.chengxin.scoring.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.chengxin.audit.AuditLog;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.SchemeVersion;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.Serving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Full rescores: everyone a scheme version covers, read from one snapshot, staged beside the scores
 * readers see, then switched in with one transaction, so readers never see a mix of versions.
 * {@link #reconcile} starts whatever is due: a newly published version, or the daily re-evaluation
 * (records expire and decay with the date).
 */
@Service
public class RescoreJobs {
  private static final Logger log = LoggerFactory.getLogger(RescoreJobs.class);

  private final SchemeService schemes;
  private final JobTable jobs;
  private final ScoreTable scores;
  private final DataSource dataSource;
  private final Clock clock;
  private final AuditLog audit;
  private final JobRunner runner;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("rescore").factory());

  public RescoreJobs(
      SchemeService schemes,
      CatalogService catalog,
      JobTable jobs,
      ScoreTable scores,
      DataSource dataSource,
      Clock clock,
      AuditLog audit) {
    this.schemes = schemes;
    this.jobs = jobs;
    this.scores = scores;
    this.dataSource = dataSource;
    this.clock = clock;
    this.audit = audit;
    this.runner = new JobRunner(schemes, catalog, jobs);
  }

  /** The answer to a request for a full rescore. */
  public sealed interface Started {
    /** Registered; runs in the background (or has run, for {@link #run}). */
    record Running(RescoreJob job) implements Started {}

    /** The scheme has a running job already; this is it. */
    record AlreadyRunning(RescoreJob job) implements Started {}

    /** No version of the scheme is in force today: nothing to score. */
    record NotInForce(String schemeId) implements Started {}
  }

  /** A rescore due now: a scheme, and why. */
  public record Due(String schemeId, String reason) {}

  /** Starts a full rescore of the version of {@code schemeId} in force today, in the background. */
  public Started start(String schemeId, String reason, String requestedBy) {
    List<Registered> registered = new ArrayList<>(1);
    Started s = register(schemeId, reason, requestedBy, registered);
    for (Registered r : registered) {
      background.submit(() -> execute(r, (done, total) -> {}, true));
    }
    return s;
  }

  /** Runs a full rescore in the caller's thread (the CLI); the job returned is finished. */
  public Started run(String schemeId, String reason, String requestedBy, RescoreProgress progress) {
    List<Registered> registered = new ArrayList<>(1);
    Started s = register(schemeId, reason, requestedBy, registered);
    return registered.isEmpty()
        ? s
        : new Started.Running(execute(registered.get(0), progress, false));
  }

  /** What is due today: for each scheme in force, its version if not served, or a re-evaluation. */
  public List<Due> due() {
    LocalDate today = LocalDate.now(clock);
    Map<String, Serving> serving = scores.serving();
    List<Due> due = new ArrayList<>();
    for (String id : schemeIds()) {
      Optional<SchemeVersion> inForce = schemes.publishedInForce(id, today);
      Serving s = serving.get(id);
      if (inForce.isEmpty()) {
        continue;
      }
      int v = inForce.get().scheme().version();
      if (s == null) {
        due.add(new Due(id, "first scoring under " + id + " v" + v));
      } else if (s.schemeVersion() != v) {
        due.add(new Due(id, id + " v" + v + " in force (was v" + s.schemeVersion() + ")"));
      } else if (s.asOf().isBefore(today)) {
        due.add(new Due(id, "daily re-evaluation under " + id + " v" + v + " as of " + today));
      }
    }
    return due;
  }

  /** Every scheme with a published version in force today. */
  public List<String> inForceToday() {
    LocalDate today = LocalDate.now(clock);
    return schemeIds().stream()
        .filter(id -> schemes.publishedInForce(id, today).isPresent())
        .toList();
  }

  /** Starts in the background every rescore that is due and not running yet. */
  public synchronized void reconcile() {
    jobs.failOrphaned();
    stopServingRetired();
    for (Due d : due()) {
      start(d.schemeId(), d.reason(), "scheduler");
    }
  }

  /** A scheme with no version in force any more (retired) has no scores to show. */
  private void stopServingRetired() {
    LocalDate today = LocalDate.now(clock);
    List<String> known = schemeIds();
    for (String id : scores.serving().keySet()) {
      if (known.contains(id) && schemes.publishedInForce(id, today).isEmpty()) {
        scores.stopServing(id);
        scores.dropUnservedVersions(id);
        audit.ok("scheduler", "stop serving scores", id, Map.of("on", today.toString()));
      }
    }
  }

  /** Reconciles on the background thread, after whatever runs there now. */
  public void reconcileSoon() {
    background.submit(this::reconcileQuietly);
  }

  private void reconcileQuietly() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      log.warn("reconciling stored scores failed: {}", e.getMessage(), e);
    }
  }

  public List<RescoreJob> recent(int limit) {
    return jobs.recent(limit);
  }

  public Optional<RescoreJob> find(long id) {
    return jobs.find(id);
  }

  private List<String> schemeIds() {
    return schemes.all().stream().map(v -> v.scheme().id()).distinct().sorted().toList();
  }

  /** A registered job and the connection that owns it (holds its ownership lock) until it ends. */
  private record Registered(RescoreJob job, Connection owner) {}

  /**
   * Registers the job under the exclusive ingest lock (see {@link JobTable}) on a connection that
   * takes the job's ownership lock at once, so no reconciliation can mistake it for an orphan.
   */
  private Started register(String schemeId, String reason, String by, List<Registered> out) {
    LocalDate today = LocalDate.now(clock);
    Optional<SchemeVersion> inForce = schemes.publishedInForce(schemeId, today);
    if (inForce.isEmpty()) {
      return new Started.NotInForce(schemeId);
    }
    int version = inForce.get().scheme().version();
    Connection c = null;
    try {
      c = dataSource.getConnection();
      RescoreJob job;
      JobTable.lockExclusive(c);
      try {
        job = JobTable.register(c, schemeId, version, today, reason, by);
        JobTable.own(c, job.id(), true);
      } finally {
        JobTable.unlockExclusive(c);
      }
      out.add(new Registered(job, c));
      return new Started.Running(job);
    } catch (SQLException e) {
      closeQuietly(c);
      if ("23505".equals(e.getSQLState())) {
        return jobs.running().stream()
            .filter(j -> j.schemeId().equals(schemeId))
            .findFirst()
            .<Started>map(Started.AlreadyRunning::new)
            .orElseGet(() -> register(schemeId, reason, by, out));
      }
      throw new IllegalStateException("registering a rescore failed: " + e.getMessage(), e);
    }
  }

  private RescoreJob execute(Registered registered, RescoreProgress progress, boolean background) {
    RescoreJob job = registered.job();
    try (Connection write = registered.owner();
        Connection read = dataSource.getConnection()) {
      try {
        RescoreJob done = runner.runAndSwitch(job, read, write, progress);
        scores.dropUnservedVersions(job.schemeId());
        audit.ok(
            job.requestedBy(),
            "rescore",
            job.schemeId() + " v" + job.schemeVersion(),
            Map.of("job", job.id(), "subjects", done.total(), "changed", done.changed()));
        log.info("{}: {} subjects, {} changed", job.label(), done.total(), done.changed());
        return done;
      } finally {
        JobRun.release(write, job.id());
      }
    } catch (SQLException | RuntimeException e) {
      jobs.fail(job.id(), e.getMessage());
      log.warn("{} failed: {}", job.label(), e.getMessage(), e);
      if (!background) {
        throw new IllegalStateException(job.label() + " failed: " + e.getMessage(), e);
      }
      return job;
    } finally {
      if (background) {
        reconcileSoon(); // whatever became due meanwhile
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing after a failure; the first failure is reported
      }
    }
  }
}
