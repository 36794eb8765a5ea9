package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.scoring.app.SimulateScheme;
import org.chengxin.scoring.model.Guardrails;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeViolation;
import org.chengxin.scoring.policy.PolicyYaml;
import org.chengxin.scoring.store.SchemeYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Scoring schemes: {@code scheme validate FILE} checks one against the national guardrails. */
@Command(
    name = "scheme",
    mixinStandardHelpOptions = true,
    description = "Work with scoring schemes.",
    subcommands = {SchemeCommand.Validate.class, SchemeCommand.Simulate.class})
final class SchemeCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check a scheme file against the shipped catalog and the national policy.",
        "Prints every violation, naming the rule and the guardrail; exit code 1 if any."
      })
  static final class Validate implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The scheme, as YAML.")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      Scheme scheme;
      try (InputStream in = Files.newInputStream(file)) {
        scheme = SchemeYaml.read(in);
      }
      List<SchemeViolation> violations =
          Guardrails.check(scheme, CatalogYaml.readDefault(), PolicyYaml.readDefault());
      for (SchemeViolation v : violations) {
        System.out.println(
            (v.ruleId() == null ? "scheme" : "rule " + v.ruleId())
                + " ["
                + v.guardrail()
                + "] "
                + v.message());
      }
      System.out.printf(
          "%s v%d: %s%n",
          scheme.id(),
          scheme.version(),
          violations.isEmpty()
              ? "passes the national guardrails"
              : violations.size() + " violation(s); it cannot be published");
      return violations.isEmpty() ? 0 : 1;
    }
  }

  @Command(
      name = "simulate",
      mixinStandardHelpOptions = true,
      description = {
        "What-if: score the store's population under a draft scheme file and under the published",
        "version of the same scheme, and print the shift. Nothing is stored."
      })
  static final class Simulate implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The draft scheme, as YAML.")
    Path file;

    @picocli.CommandLine.Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "Date to score on (default: today).")
    java.time.LocalDate asOf = java.time.LocalDate.now();

    @picocli.CommandLine.Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      Scheme draft;
      try (InputStream in = Files.newInputStream(file)) {
        draft = SchemeYaml.read(in);
      }
      try (var opened = store.open();
          var context = Spring.batch(opened.springProperties())) {
        var outcome = context.getBean(SimulateScheme.class).simulate(draft, asOf);
        return switch (outcome) {
          case SimulateScheme.Outcome.Refused r -> {
            r.violations()
                .forEach(v -> System.out.println("[" + v.guardrail() + "] " + v.message()));
            System.out.println("fix the violations before a simulation");
            yield 1;
          }
          case SimulateScheme.Outcome.Simulated s -> {
            SimulationPrinter.print(s.report(), System.out);
            yield 0;
          }
        };
      }
    }
  }
}
