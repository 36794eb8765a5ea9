package org.chengxin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chengxin.bench.ImportBenchmark;
import org.chengxin.bench.ImportBenchmark.Result;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.platform.db.EmbeddedPostgres;
import org.chengxin.synth.CityGenerator;
import org.chengxin.synth.CityPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Benchmarks (figures, not tests): {@code bench import} measures file import against raw COPY,
 * {@code bench rescore} a full rescore of a large population.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run a benchmark on a fresh embedded PostgreSQL and print a table.",
      "import: file import of the synthetic city's records vs a raw COPY of the same rows.",
      "rescore: full rescores of --persons persons with --per-person records each (first",
      "  scoring, a new scheme version, a re-evaluation), with a reader checking it never",
      "  sees an older version after a newer one. --keep DIR keeps the loaded store for reuse."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "Benchmark: import or rescore")
  String name;

  @Option(
      names = "--per-person",
      defaultValue = "20",
      description = "rescore: records per person (default: ${DEFAULT-VALUE}).")
  int perPerson;

  @Option(
      names = "--keep",
      paramLabel = "DIR",
      description = "rescore: keep (or reuse) the loaded embedded store in DIR.")
  Path keep;

  @Option(
      names = "--persons",
      defaultValue = "200000",
      description = "Persons (default: ${DEFAULT-VALUE}).")
  int persons;

  @Option(
      names = "--enterprises",
      defaultValue = "20000",
      description = "Enterprises (default: ${DEFAULT-VALUE}).")
  int enterprises;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Repetitions (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (name.equals("rescore")) {
      return new RescoreBench(persons, perPerson, keep).run();
    }
    if (!name.equals("import")) {
      throw new IllegalArgumentException(
          "unknown benchmark '" + name + "'; known: import, rescore");
    }
    if (runs < 1 || runs > 20) {
      throw new IllegalArgumentException("--runs must be between 1 and 20");
    }
    // World-traversable, so that an embedded server run unprivileged (as root) can reach pg/.
    Path work =
        Files.createTempDirectory(
            "chengxin-bench-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    CityPlan plan =
        new CityPlan(persons, enterprises, 5, 7, CityPlan.WEIHAI, CityPlan.DEFAULT_UNTIL);
    var manifest = new CityGenerator(plan, CatalogYaml.readDefault()).write(work.resolve("city"));
    System.out.printf(
        Locale.ROOT,
        "city: %,d subjects, %,d records; %d runs each%n",
        manifest.subjects(),
        manifest.records(),
        runs);
    Path data = work.resolve("pg");
    try (EmbeddedPostgres pg = EmbeddedPostgres.open(data);
        var context = Spring.batch(java.util.Map.of("spring.datasource.url", pg.jdbcUrl()))) {
      ImportBenchmark bench = context.getBean(ImportBenchmark.class);
      List<Result> results = new ArrayList<>();
      bench.prepare(work.resolve("city"), plan.prefecture());
      for (int i = 0; i < runs; i++) {
        results.add(bench.runOnce());
        System.out.println("  run " + (i + 1) + ": " + results.get(i));
      }
      double ours = median(results.stream().mapToDouble(Result::importPerSecond).toArray());
      double raw = median(results.stream().mapToDouble(Result::rawCopyPerSecond).toArray());
      System.out.printf(
          Locale.ROOT, "%n%-34s %14s%n", "import (median of " + runs + ")", "records/s");
      System.out.printf(
          Locale.ROOT, "%-34s %,14.0f%n", "chengxin import (parse+validate+store)", ours);
      System.out.printf(Locale.ROOT, "%-34s %,14.0f%n", "raw COPY of the same rows", raw);
      System.out.printf(Locale.ROOT, "%-34s %14.2f%n", "ratio", ours / raw);
    }
    return 0;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
