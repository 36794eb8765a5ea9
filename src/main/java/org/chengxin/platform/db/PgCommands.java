package org.chengxin.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code initdb} and {@code pg_ctl} on one data folder. As root, every command runs as the
 * unprivileged user {@code nobody} through {@code setpriv}, and the data folder is handed to it.
 */
final class PgCommands {
  private static final String UNPRIVILEGED = "65534";

  private final Path binaries;
  private final Path dataDir;

  PgCommands(Path binaries, Path dataDir) {
    this.binaries = binaries;
    this.dataDir = dataDir;
  }

  void initIfEmpty() throws IOException {
    if (Files.exists(dataDir.resolve("PG_VERSION"))) {
      return;
    }
    Files.createDirectories(dataDir);
    handOver(dataDir);
    run(
        Duration.ofMinutes(2),
        bin("initdb"),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C",
        "-D",
        dataDir.toString());
  }

  void start(int port) {
    // Right after a crash, orphaned backends of the old server may hold its shared memory for a
    // moment; they notice their postmaster is gone and exit, so a short retry suffices.
    for (int attempt = 1; ; attempt++) {
      try {
        startOnce(port);
        return;
      } catch (IllegalStateException e) {
        if (attempt == 5) {
          throw e;
        }
        EmbeddedPostgres.sleep(Duration.ofSeconds(attempt));
      }
    }
  }

  private void startOnce(int port) {
    Path logFile = dataDir.resolve("postgres.log");
    run(
        Duration.ofMinutes(5),
        bin("pg_ctl"),
        "-D",
        dataDir.toString(),
        "-l",
        logFile.toString(),
        "-w",
        "-t",
        "300",
        "-o",
        String.join(" ", EmbeddedPostgres.serverSettings(port)),
        "start");
  }

  void stop() {
    run(Duration.ofMinutes(2), bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
  }

  private String bin(String name) {
    return binaries.resolve("bin").resolve(name).toString();
  }

  private void run(Duration limit, String... command) {
    List<String> full = new ArrayList<>();
    if (isRoot()) {
      full.addAll(
          List.of(
              "setpriv",
              "--reuid=" + UNPRIVILEGED,
              "--regid=" + UNPRIVILEGED,
              "--clear-groups",
              "--"));
    }
    full.addAll(List.of(command));
    try {
      Path out = Files.createTempFile("chengxin-pg-", ".out");
      try {
        Process p =
            new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException(command[0] + " did not finish within " + limit);
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              "PostgreSQL command failed ("
                  + String.join(" ", full)
                  + "): "
                  + Files.readString(out).strip());
        }
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command[0], e);
    }
  }

  /** As root, gives the data folder to the unprivileged user the server runs as. */
  private void handOver(Path dir) throws IOException {
    if (!isRoot()) {
      return;
    }
    var view =
        Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class);
    var lookup = dir.getFileSystem().getUserPrincipalLookupService();
    view.setOwner(lookup.lookupPrincipalByName("nobody"));
    view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    checkReachable(dir);
  }

  private static void checkReachable(Path dir) {
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      try {
        var perms = Files.getPosixFilePermissions(p);
        if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException(
              "running as root, the embedded PostgreSQL runs as 'nobody', who cannot enter "
                  + p
                  + "; choose a --data folder below a world-accessible folder (e.g. /srv or /tmp)");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
