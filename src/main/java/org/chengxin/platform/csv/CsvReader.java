package org.chengxin.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes, a doubled quote inside
 * quotes, line breaks inside quotes kept, CRLF or LF line ends.
 */
public final class CsvReader {
  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The line the next record starts on (1-based), for error messages. */
  public long line() {
    return line;
  }

  /** The next record's fields, or null at the end of input. */
  public List<String> next() throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    long startLine = line;
    List<String> fields = new ArrayList<>(12);
    StringBuilder field = new StringBuilder(32);
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new IOException("line " + startLine + ": a quoted field is not closed");
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
          appendRun(field, true);
        }
      } else if (c == '"' && field.isEmpty() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c < 0) {
        line++;
        fields.add(field.toString());
        return fields;
      } else if (c == '\r') {
        int d = peek();
        if (d != '\n') {
          field.append('\r');
        }
      } else {
        field.append((char) c);
        appendRun(field, false);
      }
      c = read();
    }
  }

  /** Appends the run of ordinary characters that follows in the buffer in one go. */
  private void appendRun(StringBuilder field, boolean quoted) {
    int start = pos;
    while (pos < len) {
      char d = buf[pos];
      if (d == '"' || d == '\n' || d == '\r' || (!quoted && d == ',')) {
        break;
      }
      pos++;
    }
    field.append(buf, start, pos - start);
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }
}
