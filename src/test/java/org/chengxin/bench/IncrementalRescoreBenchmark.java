package org.chengxin.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.ScoreResult;
import org.chengxin.scoring.model.ScoreTargets;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.model.SubjectScore;
import org.chengxin.scoring.store.SchemeYaml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Incremental rescoring of one subject with 50 records under the shipped Rongcheng-style scheme:
 * what an ingest does for each subject it touches once the records are read (target: 20 µs). Run
 * with {@code tools/jmh IncrementalRescore}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IncrementalRescoreBenchmark {
  private static final String[][] TYPES = {
    {"loan-default", "amount", "50000"},
    {"loan-repaid", "amount", "50000"},
    {"bank-arrears-cycle", "cycles", "6"},
    {"public-utility-fees-late", null, null},
    {"volunteering", "hours", "12"},
    {"charitable-donation", "amount", "20000"},
    {"blood-donation", null, null},
    {"judgment-breach-of-contract", null, null},
    {"tax-arrears", null, null},
    {"fare-evasion", null, null},
  };

  private ScoreTargets targets;
  private CompiledScheme scheme;
  private List<ScoredRecord> records;
  private final LocalDate asOf = LocalDate.parse("2026-11-29");

  @Setup
  public void setUp() {
    Catalog catalog = CatalogYaml.readDefault();
    scheme = CompiledScheme.compile(SchemeYaml.readShipped("rongcheng-personal"), catalog);
    targets = new ScoreTargets(List.of(scheme));
    records = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String[] t = TYPES[i % TYPES.length];
      LocalDate day = asOf.minusDays(37L * i + 11);
      Map<String, Object> attributes =
          t[1] == null ? Map.of() : Map.of(t[1], 1L + (i * 31L) % Long.parseLong(t[2]));
      records.add(
          new ScoredRecord(
              Integer.toString(i),
              t[0],
              day,
              attributes,
              "",
              RecordAction.CREATE,
              VersionStatus.CURRENT,
              ScoredRecord.publicityEnd(catalog.find(t[0]).orElseThrow(), day),
              false,
              false));
    }
  }

  /** What an ingest stores for the subject: the summary under every target scheme covering it. */
  @Benchmark
  public List<SubjectScore> rescoreOneSubject() {
    return targets.score("371082199001010012", SubjectKind.PERSON, "371082", records, asOf);
  }

  /** The same evaluation with the full explanation kept, as a score read answers it. */
  @Benchmark
  public ScoreResult explainOneSubject() {
    return scheme.score(records, asOf);
  }
}
