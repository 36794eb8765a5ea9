package org.chengxin.scoring.store;

import java.nio.charset.StandardCharsets;

/**
 * Splits one row of PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes) as it comes off the wire, without a string per field unless asked for one.
 */
final class CopyFields {
  private final int[] starts = new int[16];
  private final int[] ends = new int[16];
  private byte[] row;
  private int count;

  /** Reads a row (without its trailing newline). */
  CopyFields of(byte[] bytes) {
    row = bytes;
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\n') {
      end--;
    }
    count = 0;
    int start = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || bytes[i] == '\t') {
        starts[count] = start;
        ends[count] = i;
        count++;
        start = i + 1;
      }
    }
    return this;
  }

  int count() {
    return count;
  }

  boolean isNull(int field) {
    return ends[field] - starts[field] == 2
        && row[starts[field]] == '\\'
        && row[starts[field] + 1] == 'N';
  }

  /** The field as text, escapes undone; null for {@code \N}. */
  String text(int field) {
    if (isNull(field)) {
      return null;
    }
    int from = starts[field];
    int to = ends[field];
    boolean plain = true;
    for (int i = from; i < to; i++) {
      if (row[i] == '\\') {
        plain = false;
        break;
      }
    }
    if (plain) {
      return new String(row, from, to - from, StandardCharsets.UTF_8);
    }
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = row[i];
      if (b == '\\' && i + 1 < to) {
        byte e = row[++i];
        out[n++] =
            switch (e) {
              case 't' -> (byte) '\t';
              case 'n' -> (byte) '\n';
              case 'r' -> (byte) '\r';
              case 'b' -> (byte) '\b';
              case 'f' -> (byte) '\f';
              case 'v' -> (byte) 0x0b;
              default -> e; // \\ and any other escaped character stand for themselves
            };
      } else {
        out[n++] = b;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /** A non-negative decimal integer field. */
  long number(int field) {
    long v = 0;
    for (int i = starts[field]; i < ends[field]; i++) {
      v = v * 10 + (row[i] - '0');
    }
    return v;
  }

  /** Whether the field's bytes equal {@code ascii}. */
  boolean is(int field, String ascii) {
    int from = starts[field];
    if (ends[field] - from != ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (row[from + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A date field in ISO form (YYYY-MM-DD). */
  java.time.LocalDate date(int field) {
    int s = starts[field];
    return java.time.LocalDate.of(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
  }

  private int digits(int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      v = v * 10 + (row[i] - '0');
    }
    return v;
  }
}
