package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Stored scores: written with the ingest, switched whole on a new version, with history. */
class StoredScoresIT extends ApiTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  @Test
  void aScoreReadRightAfterAnIngestIsTheStoredNewScore() {
    Fixtures f = new Fixtures(providers, keys);
    String policy = f.adminKey(Role.POLICY_ADMIN);
    rescoreAndWait(policy, "rongcheng-personal");
    Http bank = http().as(f.bank().key());
    String person = f.person();

    assertThat(bank.post("/api/v1/records", Fixtures.loanDefault("st1", person)).status())
        .isEqualTo(201);
    JsonNode rongcheng =
        scheme(bank.get("/api/v1/subjects/" + person + "/scores"), "rongcheng-personal");

    assertThat(rongcheng.get("stored").asBoolean()).isTrue();
    assertThat(rongcheng.get("cause").asString()).contains("batch");
    assertThat(dimension(rongcheng, "financial")).isEqualTo(980);
    assertThat(rongcheng.get("contributions").get(0).get("ruleId").asString())
        .isEqualTo("rc-loan-default");
    JsonNode history = bank.get("/api/v1/subjects/" + person + "/scores/history").json();
    assertThat(history.get("total").asLong()).isEqualTo(1);
    assertThat(history.get("items").get(0).get("dimensions").get(0).get("score").asInt())
        .isEqualTo(980);
    assertThat(history.get("items").get(0).get("cause").asString()).contains("batch");
  }

  @Test
  void aNewVersionIsServedWholeOnceItsRescoreIsDoneAndTheChangeIsInTheHistory() throws Exception {
    Fixtures f = new Fixtures(providers, keys);
    String policy = f.adminKey(Role.POLICY_ADMIN);
    String id = "stored-" + System.nanoTime() % 1_000_000;
    String v1 =
        Files.readString(Path.of("src/main/resources/schemes/rongcheng-personal.yaml"))
            .replace("id: rongcheng-personal", "id: " + id)
            .replace(
                "effectiveFrom: 2025-01-01", "effectiveFrom: " + LocalDate.now(ZoneOffset.UTC));
    Http bank = http().as(f.bank().key());
    String person = f.person();
    assertThat(bank.post("/api/v1/records", Fixtures.loanDefault("sv1", person)).status())
        .isEqualTo(201);

    publish(policy, id, 1, v1);
    JsonNode first = awaitServed(bank, person, id, 1);
    assertThat(dimension(first, "financial")).isEqualTo(980);
    assertThat(first.get("cause").asString()).isEqualTo("first scoring under " + id + " v1");

    publish(
        policy,
        id,
        2,
        v1.replace("version: 1", "version: 2").replaceFirst("points: -20", "points: -30"));
    JsonNode second = awaitServed(bank, person, id, 2);

    assertThat(dimension(second, "financial")).isEqualTo(970);
    assertThat(second.get("cause").asString()).isEqualTo(id + " v2 in force (was v1)");
    JsonNode history =
        bank.get("/api/v1/subjects/" + person + "/scores/history?scheme=" + id).json();
    assertThat(history.get("total").asLong()).isEqualTo(2);
    assertThat(history.get("items").get(0).get("schemeVersion").asInt()).isEqualTo(2);
    assertThat(history.get("items").get(1).get("schemeVersion").asInt()).isEqualTo(1);
    JsonNode jobs = http().as(policy).get("/api/v1/rescores").json();
    JsonNode done = findJob(jobs, id, 2);
    assertThat(done.get("job").get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("percent").asInt()).isEqualTo(100);
    assertThat(done.get("job").get("changed").asLong()).isPositive();
  }

  @Test
  void aRescoreRequestIsRefusedClearly() {
    Fixtures f = new Fixtures(providers, keys);
    String policy = f.adminKey(Role.POLICY_ADMIN);
    Http bank = http().as(f.bank().key());

    assertThat(bank.post("/api/v1/rescores", Map.of("schemeId", "rongcheng-personal")).status())
        .isEqualTo(403);
    var unknown = http().as(policy).post("/api/v1/rescores", Map.of("schemeId", "no-such"));
    assertThat(unknown.status()).isEqualTo(409);
    assertThat(unknown.isProblem()).isTrue();
    var empty = http().as(policy).post("/api/v1/rescores", Map.of("schemeId", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("field").asString()).isEqualTo("schemeId");
    var extra = http().as(policy).post("/api/v1/rescores", Map.of("schemeId", "x", "rush", true));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(http().as(policy).get("/api/v1/rescores/999999999").status()).isEqualTo(404);
    assertThat(http().as(policy).get("/api/v1/rescores/abc").status()).isEqualTo(400);
  }

  @Test
  void historyOfAnUnknownOrMalformedSubjectIsAProblem() {
    Fixtures f = new Fixtures(providers, keys);
    Http bank = http().as(f.bank().key());
    assertThat(bank.get("/api/v1/subjects/" + f.person() + "/scores/history").status())
        .isEqualTo(404);
    assertThat(bank.get("/api/v1/subjects/91110000600037341M/scores/history").status())
        .isEqualTo(400);
    assertThat(bank.get("/api/v1/subjects/" + f.person() + "/scores/history?size=0").status())
        .isEqualTo(400);
  }

  private void publish(String policy, String id, int version, String yaml) {
    assertThat(http().as(policy).postYaml("/api/v1/schemes", yaml).status()).isEqualTo(201);
    var published =
        http().as(policy).post("/api/v1/schemes/" + id + "/versions/" + version + "/publish", "");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
  }

  private void rescoreAndWait(String policy, String schemeId) {
    var started = http().as(policy).post("/api/v1/rescores", Map.of("schemeId", schemeId));
    assertThat(started.status()).as(started.body()).isIn(200, 202);
    long job = started.json().get("job").get("id").asLong();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String state =
          http()
              .as(policy)
              .get("/api/v1/rescores/" + job)
              .json()
              .get("job")
              .get("state")
              .asString();
      if (!state.equals("RUNNING")) {
        assertThat(state).isEqualTo("DONE");
        return;
      }
      pause();
    }
    throw new AssertionError("rescore " + job + " still running after " + PATIENCE);
  }

  /** Polls until the subject's stored score under {@code id} is of {@code version}. */
  private JsonNode awaitServed(Http as, String subject, String id, int version) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode s : as.get("/api/v1/subjects/" + subject + "/scores").json()) {
        if (s.get("schemeId").asString().equals(id)
            && s.get("stored").asBoolean()
            && s.get("schemeVersion").asInt() == version) {
          return s;
        }
      }
      pause();
    }
    throw new AssertionError(id + " v" + version + " not served after " + PATIENCE);
  }

  private static JsonNode findJob(JsonNode jobs, String id, int version) {
    for (JsonNode j : jobs) {
      if (j.get("job").get("schemeId").asString().equals(id)
          && j.get("job").get("schemeVersion").asInt() == version) {
        return j;
      }
    }
    throw new AssertionError("no job for " + id + " v" + version + " in " + jobs);
  }

  private static JsonNode scheme(Http.Response scores, String id) {
    assertThat(scores.status()).isEqualTo(200);
    for (JsonNode s : scores.json()) {
      if (s.get("schemeId").asString().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no score under " + id + " in " + scores.body());
  }

  private static int dimension(JsonNode score, String id) {
    for (JsonNode d : score.get("dimensions")) {
      if (d.get("dimension").asString().equals(id)) {
        return d.get("score").asInt();
      }
    }
    throw new AssertionError("no dimension " + id);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
