package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.Sex;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Kills the server process hard (and its PostgreSQL too) in the middle of ingest, restarts it, and
 * shows every acknowledged record is there exactly once.
 */
class KillDuringIngestIT {
  private static final Pattern ADMIN_KEY = Pattern.compile("(cx\\.[0-9a-f]{16}\\.[A-Za-z0-9_-]+)");

  @Test
  void everyAcknowledgedRecordSurvivesAKillAndNoneIsDuplicated() throws Exception {
    Path data = Files.createTempDirectory("chengxin-kill-");
    Files.delete(data);
    int port = freePort();
    Server first = Server.start(data, port);
    try {
      Http admin = new Http(port).as(first.adminKey);
      assertThat(
              admin
                  .put(
                      "/api/v1/providers/kill-bank",
                      Map.of(
                          "nameZh",
                          "测试银行",
                          "nameEn",
                          "Kill test bank",
                          "kind",
                          "BANK",
                          "recordTypes",
                          List.of("loan-repaid"),
                          "regions",
                          List.of("3710")))
                  .status())
          .isEqualTo(200);
      String key =
          admin
              .post("/api/v1/keys", Map.of("role", "PROVIDER", "provider", "kill-bank"))
              .json()
              .get("token")
              .asString();
      Http bank = new Http(port).as(key);

      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch someDone = new CountDownLatch(5);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(
            Thread.ofPlatform()
                .start(() -> {
                  var rnd = new java.util.SplittableRandom(writer);
                  for (int b = 0; !stop.get(); b++) {
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                      String ref = "w" + writer + "-b" + b + "-" + i;
                      String subject =
                          CodeFactory.person(
                                  rnd,
                                  new RegionCode("371082"),
                                  java.time.LocalDate.of(1980, 1, 1 + i % 28),
                                  Sex.FEMALE)
                              .value();
                      batch.add(
                          Map.of(
                              "reference",
                              ref,
                              "subject",
                              subject,
                              "type",
                              "loan-repaid",
                              "eventDate",
                              "2025-05-05",
                              "documentNo",
                              "K-" + ref,
                              "attributes",
                              Map.of("amount", 100 + i)));
                    }
                    try {
                      var answer = bank.post("/api/v1/records/batch", Map.of("records", batch));
                      if (answer.status() == 201 || answer.status() == 200) {
                        batch.forEach(r -> acknowledged.add((String) r.get("reference")));
                        someDone.countDown();
                      }
                    } catch (RuntimeException connectionLost) {
                      return;
                    }
                  }
                }));
      }
      assertThat(someDone.await(120, TimeUnit.SECONDS)).isTrue();
      first.killHard(data);
      stop.set(true);
      for (Thread t : writers) {
        t.join(30_000);
      }
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(1_000);

      Server second = Server.start(data, port);
      try {
        var db = second.psqlCount(data, "kill-bank");
        assertThat(db.total).isEqualTo(db.distinct);
        assertThat(db.references).containsAll(acknowledged);
      } finally {
        second.stop();
      }
    } finally {
      first.destroy();
      org.chengxin.testing.TestFolders.delete(data);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A real {@code chengxin serve} process. */
  private static final class Server {
    final Process process;
    final String adminKey;
    final int port;

    private Server(Process process, String adminKey, int port) {
      this.process = process;
      this.adminKey = adminKey;
      this.port = port;
    }

    static Server start(Path data, int port) throws Exception {
      String jar = System.getProperty("chengxin.jar", "target/chengxin.jar");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process p =
          new ProcessBuilder(
                  java,
                  "-jar",
                  jar,
                  "serve",
                  "--data",
                  data.toString(),
                  "--port",
                  String.valueOf(port))
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String key = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
      StringBuilder log = new StringBuilder();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log.append(line).append('\n');
        Matcher m = ADMIN_KEY.matcher(line);
        if (m.find()) {
          key = m.group(1);
        }
        if (line.contains("Chengxin serves http://localhost:" + port)) {
          break;
        }
        if (System.nanoTime() > deadline) {
          break;
        }
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("server did not start:\n" + log);
      }
      Thread.ofPlatform().daemon().start(() -> drain(out));
      return new Server(p, key, port);
    }

    private static void drain(BufferedReader out) {
      try {
        while (out.readLine() != null) {
          // keep the pipe from filling up
        }
      } catch (IOException ignored) {
        // the process is gone
      }
    }

    /** SIGKILL to the JVM and to its PostgreSQL: nothing gets to flush or shut down cleanly. */
    void killHard(Path data) throws Exception {
      long postmaster =
          Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
      while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
        Thread.sleep(50);
      }
    }

    Counts psqlCount(Path data, String provider) throws Exception {
      var conn = java.sql.DriverManager.getConnection(jdbcUrl(data));
      try (conn;
          var s =
              conn.prepareStatement("select reference from credit_record where provider_id = ?")) {
        s.setString(1, provider);
        Counts c = new Counts();
        try (var rs = s.executeQuery()) {
          while (rs.next()) {
            c.total++;
            c.references.add(rs.getString(1));
          }
        }
        c.distinct = c.references.size();
        return c;
      }
    }

    private static String jdbcUrl(Path data) throws IOException {
      int pgPort =
          Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());
      return "jdbc:postgresql://localhost:" + pgPort + "/chengxin?user=postgres";
    }

    void stop() throws InterruptedException {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
      destroy();
    }

    void destroy() {
      process.destroyForcibly();
    }
  }

  private static final class Counts {
    long total;
    long distinct;
    final Set<String> references = new java.util.HashSet<>();
  }
}
