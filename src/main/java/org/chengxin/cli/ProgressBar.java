package org.chengxin.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on the terminal; without a terminal (CI, pipes) a line per tenth, so logs
 * stay short.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private int lastShown = -1;

  ProgressBar(PrintStream out, String label, long total) {
    this.out = out;
    this.label = label;
    this.total = Math.max(0, total);
    this.terminal = System.console() != null;
  }

  synchronized void update(long done) {
    int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (terminal ? percent == lastShown && done < total : percent / 10 == lastShown / 10) {
      return;
    }
    lastShown = percent;
    int filled = percent * WIDTH / 100;
    double seconds = (System.nanoTime() - started) / 1e9;
    String line =
        String.format(
            Locale.ROOT,
            "%-22s [%s%s] %3d%% %,d/%,d (%.0f/s)",
            label,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            percent,
            done,
            total,
            done / Math.max(seconds, 1e-3));
    if (terminal) {
      out.print("\r" + line);
    } else {
      out.println(line);
    }
  }

  void done() {
    update(total);
    if (terminal) {
      out.println();
    }
  }
}
