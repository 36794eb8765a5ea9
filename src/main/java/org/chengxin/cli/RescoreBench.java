package org.chengxin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.bench.RescoreBenchmark;
import org.chengxin.platform.db.EmbeddedPostgres;
import org.chengxin.scoring.app.SchemeService;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.Rule;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeStatus;
import org.chengxin.scoring.model.SchemeVersion;
import org.chengxin.scoring.model.Transition;

/** {@code bench rescore}: loads (or reuses) a large population and times three full rescores. */
final class RescoreBench {
  private static final String SCHEME = "rongcheng-personal";
  private final int persons;
  private final int perPerson;
  private final Path keep;

  RescoreBench(int persons, int perPerson, Path keep) {
    if (persons < 1 || perPerson < 0) {
      throw new IllegalArgumentException("--persons must be 1 or more, --per-person 0 or more");
    }
    this.persons = persons;
    this.perPerson = perPerson;
    this.keep = keep;
  }

  int run() throws Exception {
    Path data = keep != null ? keep : temporary().resolve("pg");
    try (EmbeddedPostgres pg = EmbeddedPostgres.open(data);
        var context = Spring.batch(Map.of("spring.datasource.url", pg.jdbcUrl()))) {
      RescoreBenchmark bench = context.getBean(RescoreBenchmark.class);
      long[] loaded = bench.loaded();
      if (loaded[0] == 0) {
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(System.out, "load", (long) persons * perPerson);
        bench.load(persons, perPerson, (done, total) -> bar.update(done));
        bar.done();
        loaded = bench.loaded();
        System.out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - started) / 1e9);
      }
      System.out.printf(
          Locale.ROOT, "store: %,d subjects, %,d records (%s)%n", loaded[0], loaded[1], data);
      List<String> sample = bench.sample(20);
      List<RescoreBenchmark.Result> results = new ArrayList<>();
      results.add(timed(bench, "bench: rescore of the version in force", sample));
      publishNextVersion(context.getBean(SchemeService.class));
      results.add(timed(bench, "bench: new version", sample));
      results.add(timed(bench, "bench: re-evaluation of the same version", sample));
      print(results, loaded[1]);
    }
    return 0;
  }

  private static RescoreBenchmark.Result timed(
      RescoreBenchmark bench, String reason, List<String> sample) throws InterruptedException {
    ProgressBar[] bar = {null};
    RescoreBenchmark.Result r =
        bench.rescore(
            SCHEME,
            reason,
            sample,
            (done, total) -> {
              if (bar[0] == null) {
                bar[0] = new ProgressBar(System.out, reason.substring(7), total);
              }
              bar[0].update(done);
            });
    if (bar[0] != null) {
      bar[0].done();
    }
    return r;
  }

  private static void print(List<RescoreBenchmark.Result> results, long records) {
    System.out.printf(
        Locale.ROOT,
        "%n%-40s %10s %8s %8s %8s %8s %10s %10s %7s %5s%n",
        "full rescore (" + SCHEME + ")",
        "subjects",
        "served",
        "scored",
        "switch",
        "cleanup",
        "records/s",
        "changed",
        "reads",
        "back");
    for (RescoreBenchmark.Result r : results) {
      RescoreJob job = r.job();
      double scored = seconds(job.startedAt(), job.stagedAt());
      double switched = seconds(job.stagedAt(), job.finishedAt());
      double served = scored + switched;
      System.out.printf(
          Locale.ROOT,
          "%-40s %,10d %8.1f %8.1f %8.1f %8.1f %,10.0f %,10d %,7d %5d%n",
          job.reason().substring(7) + " (v" + job.schemeVersion() + ")",
          job.total(),
          served,
          scored,
          switched,
          Math.max(0, r.seconds() - served),
          records / served,
          job.changed(),
          r.reads(),
          r.backwards());
    }
    System.out.println(
        "served: from the job's start until readers see the new scores (scored: reading, scoring"
            + " and staging everyone; switch: the transaction that makes them visible); cleanup:"
            + " dropping the old version's rows afterwards; back: reads older than one seen"
            + " before (must be 0)");
  }

  private static double seconds(java.time.Instant from, java.time.Instant to) {
    return Duration.between(from, to).toMillis() / 1e3;
  }

  /**
   * A copy of the newest version with loan defaults costing 25 points instead of 20 (or back to
   * 20), so that repeated runs on a kept store stay inside the guardrails.
   */
  private static void publishNextVersion(SchemeService schemes) {
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    SchemeVersion newest =
        schemes.all().stream()
            .filter(v -> v.scheme().id().equals(SCHEME))
            .max(java.util.Comparator.comparingInt(v -> v.scheme().version()))
            .orElseThrow();
    Scheme s = newest.scheme();
    List<Rule> rules =
        s.rules().stream()
            .map(r ->
                r.recordType().equals("loan-default")
                    ? new Rule(
                        r.id(),
                        r.reasonCode(),
                        r.description(),
                        r.recordType(),
                        r.when(),
                        r.dimension(),
                        r.points() == -20 ? -25 : -20,
                        r.perUnitOf(),
                        r.caps(),
                        r.halfLife())
                    : r)
            .toList();
    Scheme next =
        new Scheme(
            s.id(),
            s.version() + 1,
            s.title(),
            s.jurisdiction(),
            s.subjectKinds(),
            today,
            s.dimensions(),
            rules,
            s.composite(),
            s.onObjection());
    Caller admin = Caller.operator(Role.POLICY_ADMIN, null);
    require(schemes.draft(admin, next));
    require(schemes.move(admin, SCHEME, next.version(), SchemeStatus.PUBLISHED, today));
  }

  private static void require(Transition t) {
    if (t instanceof Transition.Refused r) {
      throw new IllegalStateException("publishing the bench version failed: " + r.reason());
    }
  }

  private static Path temporary() throws java.io.IOException {
    // World-traversable, so that an embedded server run unprivileged (as root) can reach pg/.
    return Files.createTempDirectory(
        "chengxin-bench-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
  }
}
