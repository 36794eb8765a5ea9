package org.chengxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengxin.access.ApiKeys;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlatformIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  @Test
  void healthIsUp() {
    var health = http().get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void metricsArePrometheusText() {
    var metrics = http().get("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    var doc = http().get("/api/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("paths").propertyNames())
        .contains("/api/v1/records/batch", "/api/v1/subjects/{code}", "/api/v1/catalog");
  }

  @Test
  void anUnknownPathIsAProblem() {
    var answer = http().get("/api/v1/nothing-here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.isProblem()).isTrue();
  }

  @Test
  void malformedJsonIsAProblemNamingTheBody() {
    var bank = new Fixtures(providers, keys).bank();
    var answer = http().as(bank.key()).post("/api/v1/records/batch", "{\"records\": [ {");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/malformed-body");
  }

  @Test
  void anUnknownFieldIsRefusedRatherThanIgnored() {
    var bank = new Fixtures(providers, keys).bank();
    var answer =
        http().as(bank.key()).post("/api/v1/records", "{\"reference\":\"a\",\"subjet\":\"typo\"}");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
  }

  @Test
  void badPagingIsAProblemNamingTheParameter() {
    var bank = new Fixtures(providers, keys).bank();
    var answer = http().as(bank.key()).get("/api/v1/subjects?size=100000");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("field").asString()).isEqualTo("size");
  }
}
