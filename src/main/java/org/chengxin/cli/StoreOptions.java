package org.chengxin.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.chengxin.platform.db.EmbeddedPostgres;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the data lives: an embedded PostgreSQL in a folder, or an external server. */
final class StoreOptions {

  @ArgGroup(exclusive = true)
  Choice choice = new Choice();

  static final class Choice {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Folder of the embedded PostgreSQL (default: ${DEFAULT-VALUE}).",
        defaultValue = "./data")
    Path data = Path.of("./data");

    @Option(
        names = "--db",
        paramLabel = "JDBC_URL",
        description =
            "An external PostgreSQL, e.g. jdbc:postgresql://host/chengxin?user=u&password=p")
    String db;
  }

  /** The opened store; close it to stop an embedded server this process started. */
  record Opened(String jdbcUrl, EmbeddedPostgres embedded) implements AutoCloseable {
    Map<String, Object> springProperties() {
      Map<String, Object> p = new HashMap<>();
      p.put("spring.datasource.url", jdbcUrl);
      return p;
    }

    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  Opened open() {
    if (choice.db != null) {
      if (!choice.db.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL");
      }
      return new Opened(choice.db, null);
    }
    EmbeddedPostgres pg = EmbeddedPostgres.open(choice.data);
    return new Opened(pg.jdbcUrl(), pg);
  }
}
