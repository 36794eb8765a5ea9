package org.chengxin.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes RFC 4180 CSV rows, quoting only where a field needs it; LF line ends. */
public final class CsvWriter implements AutoCloseable {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void row(String... fields) {
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        write(fields[i] == null ? "" : fields[i]);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String f) throws IOException {
    boolean quote = false;
    for (int i = 0; i < f.length() && !quote; i++) {
      char c = f.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(f);
      return;
    }
    out.write('"');
    out.write(f.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
