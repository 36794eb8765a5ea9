package org.chengxin.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What PostgreSQL's {@code postmaster.pid} says about a server on a data folder. */
record Postmaster(long pid, int port) {

  static Optional<Postmaster> read(Path dataDir) {
    Path file = dataDir.resolve("postmaster.pid");
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file);
      if (lines.size() < 4) {
        return Optional.empty();
      }
      return Optional.of(
          new Postmaster(
              Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim())));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // half-written or stale: treated as no server
    }
  }

  boolean alive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true))
        .orElse(false);
  }
}
