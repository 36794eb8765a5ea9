package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chengxin.access.ApiKeys;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ScoresApiIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  private static JsonNode scheme(JsonNode scores, String id) {
    for (JsonNode s : scores) {
      if (s.get("schemeId").asString().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no score under " + id + " in " + scores);
  }

  private static int dimension(JsonNode score, String id) {
    for (JsonNode d : score.get("dimensions")) {
      if (d.get("dimension").asString().equals(id)) {
        return d.get("score").asInt();
      }
    }
    throw new AssertionError("no dimension " + id);
  }

  @Test
  void anIngestIsSeenByTheVeryNextScoreRead() {
    Fixtures f = new Fixtures(providers, keys);
    Http bank = http().as(f.bank().key());
    String person = f.person();
    assertThat(bank.post("/api/v1/records", Fixtures.loanDefault("s1", person)).status())
        .isEqualTo(201);

    var scores = bank.get("/api/v1/subjects/" + person + "/scores?asOf=2025-06-30");

    assertThat(scores.status()).isEqualTo(200);
    JsonNode rongcheng = scheme(scores.json(), "rongcheng-personal");
    assertThat(dimension(rongcheng, "financial")).isEqualTo(980);
    assertThat(dimension(rongcheng, "social")).isEqualTo(1000);
    JsonNode line = rongcheng.get("contributions").get(0);
    assertThat(line.get("ruleId").asString()).isEqualTo("rc-loan-default");
    assertThat(line.get("finalPoints").asInt()).isEqualTo(-20);
    assertThat(line.get("legalBasis").asString()).isNotBlank();
    assertThat(rongcheng.get("reasons").get(0).get("code").asString()).isEqualTo("RC-F01");
  }

  @Test
  void aThinFileGetsTheBaseScoreNotAPenalty() {
    Fixtures f = new Fixtures(providers, keys);
    String admin = f.adminKey(org.chengxin.access.Role.SYSTEM_ADMIN);
    String person = f.person();
    http().as(admin).post("/api/v1/subjects", Map.of("code", person, "name", "李四"));

    JsonNode rongcheng =
        scheme(
            http().as(admin).get("/api/v1/subjects/" + person + "/scores").json(),
            "rongcheng-personal");

    assertThat(dimension(rongcheng, "financial")).isEqualTo(1000);
    assertThat(rongcheng.get("contributions")).isEmpty();
  }

  @Test
  void badInputIsAProblem() {
    Fixtures f = new Fixtures(providers, keys);
    Http bank = http().as(f.bank().key());
    assertThat(bank.get("/api/v1/subjects/91110000600037341M/scores").status()).isEqualTo(400);
    assertThat(
            bank.get("/api/v1/subjects/" + f.person() + "/scores?asOf=yesterday")
                .json()
                .get("field")
                .asString())
        .isEqualTo("asOf");
    assertThat(bank.get("/api/v1/subjects/" + f.person() + "/scores").status()).isEqualTo(404);
  }
}
