package org.chengxin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.platform.db.EmbeddedPostgres;

/**
 * One real PostgreSQL for the whole test JVM, in a fresh folder under the temp directory (which the
 * unprivileged server user can reach even when tests run as root). Removed at JVM exit.
 */
public final class TestDatabase {
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("chengxin-test-pg-");
        Files.delete(dir); // the server creates it with the owner and mode it needs
        server = EmbeddedPostgres.open(dir);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(() -> {
                  server.close();
                  TestFolders.delete(dir);
                }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server.jdbcUrl();
  }
}
