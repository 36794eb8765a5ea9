package org.chengxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts data lines quickly (for progress bars): newlines, less a CSV header. */
final class Lines {
  private Lines() {}

  static long count(Path file) {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r = in.read(buf); r > 0; r = in.read(buf)) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString().endsWith(".csv") ? Math.max(0, n - 1) : n;
  }
}
