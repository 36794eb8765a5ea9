package org.chengxin.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chengxin.scoring.app.RescoreJobs;
import org.chengxin.scoring.app.RescoreJobs.Started;
import org.chengxin.scoring.model.RescoreJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Full rescore from the command line, with a progress bar: the schemes that are due (a version not
 * served yet, or not re-evaluated today), or every scheme in force with {@code --all}, or one.
 */
@Command(
    name = "rescore",
    mixinStandardHelpOptions = true,
    description = {
      "Rescore everyone a scheme covers and switch readers to the new scores at once.",
      "Without options: every scheme whose stored scores are due (new version, or not yet",
      "re-evaluated today). A running server keeps serving the old scores until the switch."
    })
final class RescoreCommand implements Callable<Integer> {
  @Option(names = "--scheme", paramLabel = "ID", description = "Rescore only this scheme.")
  String scheme;

  @Option(names = "--all", description = "Rescore every scheme in force, even if not due.")
  boolean all;

  @Mixin StoreOptions store = new StoreOptions();

  @Override
  public Integer call() {
    try (var opened = store.open();
        var context = Spring.batch(opened.springProperties())) {
      RescoreJobs jobs = context.getBean(RescoreJobs.class);
      List<String> targets = targets(jobs);
      if (targets.isEmpty()) {
        System.out.println("nothing is due: every scheme's stored scores are current");
        return 0;
      }
      int failures = 0;
      for (String id : targets) {
        failures += rescore(jobs, id) ? 0 : 1;
      }
      return failures == 0 ? 0 : 1;
    }
  }

  private List<String> targets(RescoreJobs jobs) {
    if (scheme != null) {
      return List.of(scheme.strip());
    }
    if (all) {
      return jobs.inForceToday();
    }
    return jobs.due().stream().map(RescoreJobs.Due::schemeId).toList();
  }

  private static boolean rescore(RescoreJobs jobs, String id) {
    long started = System.nanoTime();
    ProgressBar[] bar = {null};
    Started outcome =
        jobs.run(
            id,
            "rescore from the command line",
            "cli",
            (done, total) -> {
              if (bar[0] == null) {
                bar[0] = new ProgressBar(System.out, id, total);
              }
              bar[0].update(done);
            });
    if (bar[0] != null) {
      bar[0].done();
    }
    return switch (outcome) {
      case Started.Running r -> {
        RescoreJob job = r.job();
        System.out.printf(
            Locale.ROOT,
            "%s v%d as of %s: %,d subjects in %.1f s, %,d changed; readers switched (job %d)%n",
            job.schemeId(),
            job.schemeVersion(),
            job.asOf(),
            job.total(),
            (System.nanoTime() - started) / 1e9,
            job.changed(),
            job.id());
        yield true;
      }
      case Started.AlreadyRunning r -> {
        System.out.println(id + ": a rescore is already running (job " + r.job().id() + ")");
        yield false;
      }
      case Started.NotInForce n -> {
        System.err.println(id + ": no published version is in force today");
        yield false;
      }
    };
  }
}
