package org.chengxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

class SubjectRegistrationIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  static Stream<String> factsExamples() {
    return Stream.of(
        "91110000600037341L",
        "121200004013590816",
        "91310115MA1K3BTP2B",
        "91350100M000100Y43",
        "11010519491231002X",
        "440524188001010014",
        "360426199101010071");
  }

  @ParameterizedTest
  @MethodSource("factsExamples")
  void theValidExamplesOfFactsAreAccepted(String code) {
    String admin = new Fixtures(providers, keys).adminKey(Role.SYSTEM_ADMIN);

    var answer = http().as(admin).post("/api/v1/subjects", Map.of("code", code, "name", "样例"));

    assertThat(answer.status()).isIn(200, 201);
    assertThat(answer.json().get("code").asString()).isEqualTo(code);
    assertThat(http().as(admin).get("/api/v1/subjects/" + code).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @MethodSource("factsExamples")
  void aOneCharacterChangeOfEachIsRejectedNamingTheField(String code) {
    String admin = new Fixtures(providers, keys).adminKey(Role.SYSTEM_ADMIN);
    char last = code.charAt(17);
    String changed = code.substring(0, 17) + (last == '1' ? '2' : '1');

    var answer = http().as(admin).post("/api/v1/subjects", Map.of("code", changed, "name", "样例"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/invalid-identifier");
    assertThat(answer.json().get("field").asString()).isEqualTo("code");
    assertThat(answer.json().get("detail").asString()).contains("check character");
    assertThat(http().as(admin).get("/api/v1/subjects/" + code.substring(0, 16) + "00").status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @MethodSource("factsExamples")
  void aChangeInTheMiddleIsRejectedToo(String code) {
    String admin = new Fixtures(providers, keys).adminKey(Role.SYSTEM_ADMIN);
    char c = code.charAt(10);
    String changed = code.substring(0, 10) + (c == '3' ? '4' : '3') + code.substring(11);

    var answer = http().as(admin).post("/api/v1/subjects", Map.of("code", changed, "name", "样例"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("field").asString()).isEqualTo("code");
  }

  @org.junit.jupiter.api.Test
  void aSubjectIsFoundByPinyinAndRegion() {
    Fixtures f = new Fixtures(providers, keys);
    String admin = f.adminKey(Role.SYSTEM_ADMIN);
    String code = f.enterprise();
    http().as(admin).post("/api/v1/subjects", Map.of("code", code, "name", "荣成石岛渔业有限公司"));

    var page = http().as(admin).get("/api/v1/subjects?q=rong%20cheng%20shi%20dao&region=371082");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().get("items").findValuesAsString("code")).contains(code);
  }
}
