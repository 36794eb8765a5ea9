package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** A what-if run over a small population in a county no other test uses (乳山市, 371083). */
class SimulationIT extends ApiTest {
  private static final String LOAN_RULE =
      "type: loan-default\n    dimension: financial\n    points: -20";
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  private Http.Response post(String path, String key, String yaml) {
    return http().as(key).postYaml(path, yaml);
  }

  @Test
  void aHarsherDraftMovesTheRightSubjectsDown() throws Exception {
    Fixtures f = new Fixtures(providers, keys);
    Http bank = http().as(f.bank().key());
    String admin = f.adminKey(Role.SYSTEM_ADMIN);
    String policy = f.adminKey(Role.POLICY_ADMIN);
    String once = f.person("371083");
    String clean = f.person("371083");
    String thrice = f.person("371083");
    bank.post("/api/v1/records", Fixtures.loanDefault("sim-a", once));
    http().as(admin).post("/api/v1/subjects", Map.of("code", clean, "name", "王五"));
    for (int i = 0; i < 3; i++) {
      bank.post("/api/v1/records", Fixtures.loanDefault("sim-c" + i, thrice));
    }
    String id = "sim-" + System.nanoTime() % 1_000_000;
    String v1 =
        Files.readString(Path.of("src/main/resources/schemes/rongcheng-personal.yaml"))
            .replace("id: rongcheng-personal", "id: " + id)
            .replace("jurisdiction: \"371082\"", "jurisdiction: \"371083\"");
    assertThat(v1).contains(LOAN_RULE);
    String v2 =
        v1.replace("version: 1", "version: 2")
            .replace("effectiveFrom: 2025-01-01", "effectiveFrom: 2027-01-01")
            .replace(LOAN_RULE, LOAN_RULE.replace("-20", "-50"));
    assertThat(post("/api/v1/schemes", policy, v1).status()).isEqualTo(201);
    assertThat(
            post("/api/v1/schemes/" + id + "/versions/1/publish?on=2025-01-01", policy, "")
                .status())
        .isEqualTo(200);
    assertThat(post("/api/v1/schemes", policy, v2).status()).isEqualTo(201);

    var answer = post("/api/v1/schemes/" + id + "/versions/2/simulate?asOf=2025-06-30", policy, "");

    assertThat(answer.status()).isEqualTo(200);
    JsonNode report = Http.JSON.readTree(answer.body());
    assertThat(report.get("subjects").asLong()).isEqualTo(3);
    assertThat(report.get("baselineVersion").asInt()).isEqualTo(1);
    JsonNode financial = report.get("dimensions").get(0);
    assertThat(financial.get("dimension").asString()).isEqualTo("financial");
    assertThat(financial.get("down").asLong()).isEqualTo(1); // 980 A -> 950 B
    assertThat(financial.get("same").asLong()).isEqualTo(2); // 1000 A; 940 B -> 850 B
    assertThat(financial.get("before").get("A").asLong()).isEqualTo(2);
    assertThat(financial.get("after").get("B").asLong()).isEqualTo(2);
    assertThat(report.get("samples").get(0).get("subject").asString()).isEqualTo(thrice);
    assertThat(report.get("samples").get(0).get("change").asInt()).isEqualTo(90);
  }

  @Test
  void onlyAPolicyAdministratorSimulates() throws Exception {
    var bank = new Fixtures(providers, keys).bank();
    assertThat(
            post("/api/v1/schemes/rongcheng-personal/versions/1/simulate", bank.key(), "").status())
        .isEqualTo(403);
  }
}
