package org.chengxin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.identity.app.ImportRegistry;
import org.chengxin.ingest.app.ImportRecords;
import org.chengxin.ingest.app.ImportReport;
import org.chengxin.ingest.file.FileRow;
import org.chengxin.ingest.file.SubmissionFile;
import org.chengxin.ingest.model.Checked;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.ingest.model.ValidRecord;
import org.chengxin.ingest.store.RecordWriter;
import org.chengxin.platform.db.CopyText;
import org.chengxin.providers.app.RegisterProvider;
import org.chengxin.providers.model.Provider;
import org.chengxin.synth.CityProviders;
import org.springframework.stereotype.Component;

/**
 * File import of a synthetic city's records, end to end (parse, validate, register subjects, store
 * with COPY, commit), against a raw COPY of the very same rows into a table with the same columns
 * and indexes. Both start from an empty table each run.
 */
@Component
public class ImportBenchmark {
  private final DataSource dataSource;
  private final ImportRecords imports;
  private final ImportRegistry registry;
  private final RegisterProvider providers;
  private final CatalogService catalog;
  private final List<Path> files = new ArrayList<>();
  private final List<String> rawProviders = new ArrayList<>();
  private final List<CopyText> rawRows = new ArrayList<>();
  private long rows;

  public ImportBenchmark(
      DataSource dataSource,
      ImportRecords imports,
      ImportRegistry registry,
      RegisterProvider providers,
      CatalogService catalog) {
    this.dataSource = dataSource;
    this.imports = imports;
    this.registry = registry;
    this.providers = providers;
    this.catalog = catalog;
  }

  /** One run's figures. */
  public record Result(long rows, double importSeconds, double rawCopySeconds) {
    public double importPerSecond() {
      return rows / importSeconds;
    }

    public double rawCopyPerSecond() {
      return rows / rawCopySeconds;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d rows: import %.2f s (%,.0f/s), raw COPY %.2f s (%,.0f/s)",
          rows,
          importSeconds,
          importPerSecond(),
          rawCopySeconds,
          rawCopyPerSecond());
    }
  }

  /** Registers the providers and subjects, and prepares the raw COPY text outside the timing. */
  public void prepare(Path city, String prefecture) throws IOException, SQLException {
    Caller admin = Caller.operator(Role.SYSTEM_ADMIN, null);
    for (Provider p : CityProviders.of(prefecture)) {
      providers.register(admin, p);
    }
    registry.importSubjects(admin, city.resolve("subjects.csv"), n -> {});
    try (Stream<Path> list = Files.list(city.resolve("records"))) {
      files.addAll(list.sorted().toList());
    }
    for (Path file : files) {
      String provider = file.getFileName().toString().replace(".csv", "");
      Provider p =
          CityProviders.of(prefecture).stream()
              .filter(x -> x.id().equals(provider))
              .findFirst()
              .orElseThrow();
      SubmissionValidator validator =
          new SubmissionValidator(catalog.current(), p, LocalDate.now());
      List<ValidRecord> valid = new ArrayList<>();
      try (SubmissionFile in = SubmissionFile.open(file)) {
        for (FileRow row = in.next(); row != null; row = in.next()) {
          if (row instanceof FileRow.Read r
              && validator.check(r.index(), r.submission()) instanceof Checked.Valid v) {
            valid.add(v.record());
          }
        }
      }
      rows += valid.size();
      rawProviders.add(provider);
      rawRows.add(RecordWriter.rows(provider, 0, valid));
    }
    try (Connection c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.execute("drop table if exists bench_raw_copy");
      s.execute("create table bench_raw_copy (like credit_record including all)");
    }
  }

  public Result runOnce() throws SQLException {
    reset();
    long t0 = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (CopyText text : rawRows) {
        text.copyInto(c, "copy bench_raw_copy (" + RecordWriter.COLUMNS + ") from stdin");
      }
      c.commit();
    }
    double raw = (System.nanoTime() - t0) / 1e9;
    reset();
    long t1 = System.nanoTime();
    long imported = 0;
    for (Path file : files) {
      String provider = file.getFileName().toString().replace(".csv", "");
      ImportReport r =
          imports.importFile(Caller.operator(Role.PROVIDER, provider), file, false, n -> {});
      if (!r.stored()) {
        throw new IllegalStateException("benchmark file refused: " + r.errors().get(0).oneLine());
      }
      imported += r.rows();
    }
    double ours = (System.nanoTime() - t1) / 1e9;
    if (imported != rows) {
      throw new IllegalStateException("imported " + imported + " rows, prepared " + rows);
    }
    return new Result(rows, ours, raw);
  }

  private void reset() throws SQLException {
    try (Connection c = dataSource.getConnection();
        var s = c.createStatement()) {
      s.execute("truncate credit_record, bench_raw_copy");
      s.execute("checkpoint");
    }
  }
}
