package org.chengxin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogApiIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;

  private static Map<String, Object> type(String code, String zh, String en, String category) {
    return Map.ofEntries(
        Map.entry("code", code),
        Map.entry("nameZh", zh),
        Map.entry("nameEn", en),
        Map.entry("category", category),
        Map.entry("domain", "SOCIETAL"),
        Map.entry("subjectKinds", List.of("PERSON")),
        Map.entry("polarity", "NEGATIVE"),
        Map.entry("severity", "GENERAL"),
        Map.entry("legalBasis", "《某地社会信用条例》第十条"),
        Map.entry("disclosure", "SUBJECT_ONLY"),
        Map.entry("publicity", Map.of("minimum", "P3M", "maximum", "P1Y")),
        Map.entry("attributes", List.of()));
  }

  @Test
  void theShippedCatalogIsPublicAndCoversAllFourDomains() {
    var catalog = http().get("/api/v1/catalog");
    assertThat(catalog.status()).isEqualTo(200);
    assertThat(catalog.json().get("size").asInt()).isGreaterThanOrEqualTo(40);
    assertThat(catalog.json().get("types").findValuesAsString("domain"))
        .contains("GOVERNMENT_AFFAIRS", "COMMERCIAL", "SOCIETAL", "JUDICIAL");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "religion, church-attendance, 宗教活动参与, Church attendance, religious practice",
    "ethnicity, ethnic-minority-status, 少数民族身份, Ethnic minority status, ethnicity",
    "political, party-membership-record, 政党成员记录, Political party membership, political affiliation",
    "petition, petition-filed, 上访记录, Petition filed with authorities, petitioning",
    "biometric, face-template, 人脸模板, Face recognition template, biometric identification",
    "genetic, dna-profile, 基因档案, DNA profile, genetic data",
    "health, medical-history, 病史记录, Medical history, health status",
    "location, gps-trace, 行踪轨迹, GPS location trace, location tracking",
  })
  void aTypeTouchingAProhibitedCategoryIsRefusedWithTheRuleNamed(
      String category, String code, String zh, String en, String declared) {
    String policy = new Fixtures(providers, keys).adminKey(Role.POLICY_ADMIN);

    var answer = http().as(policy).post("/api/v1/catalog/types", type(code, zh, en, declared));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/catalog-refused");
    assertThat(answer.json().get("violations").findValuesAsString("rule"))
        .anyMatch(rule -> rule.startsWith("prohibited-category/"));
    assertThat(http().get("/api/v1/catalog/types/" + code).status()).isEqualTo(404);
  }

  @Test
  void aTypeWithoutLegalBasisIsRefused() {
    String policy = new Fixtures(providers, keys).adminKey(Role.POLICY_ADMIN);
    var body = new java.util.HashMap<>(type("littering", "乱扔垃圾", "Littering", "public order"));
    body.remove("legalBasis");

    var answer = http().as(policy).post("/api/v1/catalog/types", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("violations").findValuesAsString("rule"))
        .contains("legal-basis/missing");
  }

  @Test
  void aPolicyAdministratorAddsALegitimateTypeAndItsHistoryIsKept() {
    String policy = new Fixtures(providers, keys).adminKey(Role.POLICY_ADMIN);
    String code = "parking-fee-evasion-" + System.nanoTime() % 100000;

    var answer =
        http()
            .as(policy)
            .post(
                "/api/v1/catalog/types", type(code, "逃缴停车费", "Parking fee evasion", "public fees"));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(http().get("/api/v1/catalog/types/" + code).status()).isEqualTo(200);
    assertThat(http().get("/api/v1/catalog/types/" + code + "/history").json()).hasSize(1);
  }

  @Test
  void onlyAPolicyAdministratorChangesTheCatalog() {
    var bank = new Fixtures(providers, keys).bank();
    var answer =
        http()
            .as(bank.key())
            .post("/api/v1/catalog/types", type("x-type", "某类型", "Some type", "misc"));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(http().post("/api/v1/catalog/types", type("y-type", "某", "Some", "m")).status())
        .isEqualTo(401);
  }
}
