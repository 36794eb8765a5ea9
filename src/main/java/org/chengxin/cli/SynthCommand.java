package org.chengxin.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.synth.CityGenerator;
import org.chengxin.synth.CityPlan;
import org.chengxin.synth.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a deterministic synthetic city to a folder. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = "Generate a synthetic city (registry, relations, provider record files).")
final class SynthCommand implements Callable<Integer> {
  @Option(
      names = "--persons",
      defaultValue = "100000",
      description = "Persons (default: ${DEFAULT-VALUE}).")
  int persons;

  @Option(
      names = "--enterprises",
      defaultValue = "10000",
      description = "Enterprises (default: ${DEFAULT-VALUE}).")
  int enterprises;

  @Option(
      names = "--years",
      defaultValue = "5",
      description = "Years of records (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--prefecture",
      defaultValue = CityPlan.WEIHAI,
      description = "4-digit prefecture code (default: ${DEFAULT-VALUE}, Weihai).")
  String prefecture;

  @Option(names = "--until", description = "Last day of the record window (default: 2026-10-31).")
  LocalDate until = CityPlan.DEFAULT_UNTIL;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() {
    CityPlan plan = new CityPlan(persons, enterprises, years, seed, prefecture, until);
    long t0 = System.nanoTime();
    Manifest m = new CityGenerator(plan, CatalogYaml.readDefault()).write(out);
    System.out.printf(
        "wrote %,d subjects, %,d relations and %,d records to %s in %.1f s%n",
        m.subjects(), m.relations(), m.records(), out, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
