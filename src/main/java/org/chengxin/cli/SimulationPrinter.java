package org.chengxin.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.TreeSet;
import org.chengxin.scoring.model.SimulationReport;

/** Prints a what-if simulation as plain tables. */
final class SimulationPrinter {
  private SimulationPrinter() {}

  static void print(SimulationReport r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%s v%d against %s, as of %s: %,d subjects%n",
        r.schemeId(),
        r.draftVersion(),
        r.baselineVersion() == null ? "no published version" : "published v" + r.baselineVersion(),
        r.asOf(),
        r.subjects());
    for (var d : r.dimensions()) {
      out.printf(
          Locale.ROOT,
          "%n%s: %,d up, %,d down, %,d unchanged%n",
          d.dimension(),
          d.up(),
          d.down(),
          d.same());
      out.printf(Locale.ROOT, "  %-10s %12s %12s%n", "rating", "before", "after");
      var ratings = new TreeSet<>(d.before().keySet());
      ratings.addAll(d.after().keySet());
      for (String rating : ratings) {
        out.printf(
            Locale.ROOT,
            "  %-10s %,12d %,12d%n",
            rating,
            d.before().getOrDefault(rating, 0L),
            d.after().getOrDefault(rating, 0L));
      }
    }
    if (!r.groups().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%n  %-8s %-20s %-10s %8s %8s %10s%n",
          "region",
          "kind",
          "dimension",
          "up",
          "down",
          "unchanged");
      for (var g : r.groups()) {
        out.printf(
            Locale.ROOT,
            "  %-8s %-20s %-10s %,8d %,8d %,10d%n",
            g.region(),
            g.kind(),
            g.dimension(),
            g.up(),
            g.down(),
            g.same());
      }
    }
    if (!r.samples().isEmpty()) {
      out.printf("%nSubjects that move most:%n");
      for (var s : r.samples()) {
        StringBuilder line = new StringBuilder("  " + s.subject());
        for (int i = 0; i < s.after().size(); i++) {
          var now = s.after().get(i);
          var was = i < s.before().size() ? s.before().get(i) : null;
          line.append(
              String.format(
                  Locale.ROOT,
                  "  %s %s → %d %s",
                  now.dimension(),
                  was == null ? "-" : was.score() + " " + was.rating(),
                  now.score(),
                  now.rating()));
        }
        out.println(line);
      }
    }
  }
}
