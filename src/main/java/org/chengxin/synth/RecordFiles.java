package org.chengxin.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.chengxin.platform.csv.CsvWriter;

/** One CSV file of records per provider, in the import format, opened as first needed. */
final class RecordFiles implements AutoCloseable {
  static final String[] HEADER = {
    "reference",
    "subject",
    "subject_name",
    "type",
    "event_date",
    "document_no",
    "legal_basis",
    "attributes",
    "action",
    "supersedes"
  };

  private final Path dir;
  private final String prefecture;
  private final Map<String, CsvWriter> open = new TreeMap<>();
  private final Map<String, Long> sequence = new TreeMap<>();
  private long rows;

  RecordFiles(Path dir, String prefecture) {
    this.dir = dir;
    this.prefecture = prefecture;
  }

  String providerId(String slug) {
    return "c" + prefecture + "-" + slug;
  }

  /** The provider's next reference number. */
  long next(String provider) {
    return sequence.merge(provider, 1L, Long::sum);
  }

  void write(String provider, String... fields) {
    open.computeIfAbsent(provider, this::create).row(fields);
    rows++;
  }

  long rows() {
    return rows;
  }

  private CsvWriter create(String provider) {
    try {
      CsvWriter w =
          new CsvWriter(
              Files.newBufferedWriter(dir.resolve(provider + ".csv"), StandardCharsets.UTF_8));
      w.row(HEADER);
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    open.values().forEach(CsvWriter::close);
  }
}
