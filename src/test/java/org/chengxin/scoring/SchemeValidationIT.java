package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemeValidationIT extends ApiTest {

  private Http.Response post(String yaml) {
    return http().postYaml("/api/v1/schemes/validate", yaml);
  }

  @Test
  void aDraftWithFourMistakesGetsFourViolations() throws Exception {
    var answer = post(Files.readString(Path.of("src/test/resources/schemes/four-violations.yaml")));

    assertThat(answer.status()).isEqualTo(422);
    JsonNode body = Http.JSON.readTree(answer.body());
    assertThat(body.get("type").asString()).isEqualTo("/problems/scheme-violates-guardrails");
    assertThat(body.get("violations").findValuesAsString("guardrail"))
        .containsExactlyInAnyOrder(
            "cross-domain", "uncatalogued-type", "points-above-severity-cap", "tiers-gap");
  }

  @Test
  void aShippedSchemePasses() throws Exception {
    var answer =
        post(Files.readString(Path.of("src/main/resources/schemes/customs-enterprise.yaml")));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void garbageIsAMalformedSchemeProblem() throws Exception {
    var answer = post("::: not yaml [");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(Http.JSON.readTree(answer.body()).get("type").asString())
        .isEqualTo("/problems/invalid-scheme");
  }
}
