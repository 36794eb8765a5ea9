package org.chengxin.ingest.file;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a provider's import file row by row: CSV with a header line, or JSON Lines ({@code .jsonl}
 * / {@code .ndjson}), chosen by the file name. Both carry the fields of the HTTP API.
 */
public abstract sealed class SubmissionFile implements Closeable
    permits CsvSubmissions, JsonLinesSubmissions {

  /** The next row, or null at the end. */
  public abstract FileRow next() throws IOException;

  public static SubmissionFile open(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    if (name.endsWith(".csv")) {
      return new CsvSubmissions(reader);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonLinesSubmissions(new BufferedReader(reader, 1 << 16));
    }
    reader.close();
    throw new IllegalArgumentException(
        "cannot tell the format of " + file.getFileName() + ": name it .csv or .jsonl");
  }
}
