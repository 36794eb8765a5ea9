package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchemeLifecycleIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  private Http.Response post(String path, String key, String yaml) {
    return http().as(key).postYaml(path, yaml);
  }

  private static String rongchengAs(String id) throws IOException {
    return Files.readString(Path.of("src/main/resources/schemes/rongcheng-personal.yaml"))
        .replace("id: rongcheng-personal", "id: " + id)
        .replace("effectiveFrom: 2025-01-01", "effectiveFrom: 2027-01-01");
  }

  @Test
  void aDraftIsPublishedThenFrozenThenRetired() throws Exception {
    String policy = new Fixtures(providers, keys).adminKey(Role.POLICY_ADMIN);
    String id = "lifecycle-" + System.nanoTime() % 1_000_000;
    String base = "/api/v1/schemes/" + id + "/versions/1";

    assertThat(post("/api/v1/schemes", policy, rongchengAs(id)).status()).isEqualTo(201);
    var early = post(base + "/publish?on=2027-02-01", policy, "");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("before its publication");
    var published = post(base + "/publish?on=2026-12-01", policy, "");
    assertThat(published.status()).isEqualTo(200);
    assertThat(Http.JSON.readTree(published.body()).get("status").asString())
        .isEqualTo("PUBLISHED");
    var change =
        post("/api/v1/schemes", policy, rongchengAs(id).replace("points: -20", "points: -21"));
    assertThat(change.status()).isEqualTo(409);
    assertThat(change.body()).contains("immutable");
    assertThat(post(base + "/retire?on=2027-06-01", policy, "").status()).isEqualTo(200);
    assertThat(post(base + "/retire?on=2027-07-01", policy, "").status()).isEqualTo(409);
    assertThat(http().get(base).json().get("status").asString()).isEqualTo("RETIRED");
  }

  @Test
  void aDraftBreakingGuardrailsCannotBePublished() throws Exception {
    String policy = new Fixtures(providers, keys).adminKey(Role.POLICY_ADMIN);
    String id = "broken-" + System.nanoTime() % 1_000_000;
    String yaml =
        Files.readString(Path.of("src/test/resources/schemes/four-violations.yaml"))
            .replace("id: weihai-draft", "id: " + id);

    assertThat(post("/api/v1/schemes", policy, yaml).status()).isEqualTo(201);
    var refused = post("/api/v1/schemes/" + id + "/versions/2/publish?on=2026-12-01", policy, "");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(Http.JSON.readTree(refused.body()).get("violations")).hasSize(4);
    assertThat(http().get("/api/v1/schemes/" + id + "/versions/2").json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void onlyAPolicyAdministratorDraftsOrPublishes() throws Exception {
    var bank = new Fixtures(providers, keys).bank();
    assertThat(post("/api/v1/schemes", bank.key(), rongchengAs("x-" + System.nanoTime())).status())
        .isEqualTo(403);
    assertThat(
            post("/api/v1/schemes/rongcheng-personal/versions/1/retire", bank.key(), "").status())
        .isEqualTo(403);
  }

  @Test
  void theShippedSchemesArePublished() {
    var list = http().get("/api/v1/schemes").json();
    assertThat(list.findValuesAsString("id"))
        .contains("rongcheng-personal", "tax-enterprise", "customs-enterprise");
  }
}
