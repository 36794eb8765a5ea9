package org.chengxin.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Role;
import org.chengxin.providers.model.ProviderKind;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Relying parties checking subjects for their purposes, against real list entries. */
class ChecksApiIT extends ApiTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final String JD = "/api/v1/lists/judgment-defaulters/entries";

  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @Autowired JdbcClient db;

  @Test
  void aJudgmentDefaulterIsRefusedAFlightButNotAnUnrelatedPurposeAndIsClearOnceThePaymentIsIn() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String person = registered(f, f.person());
    String entry = activeDefaulter(court, person);
    Http airline = http().as(party(f, "airline", Set.of("air-travel", "rental")));

    JsonNode refused = ok(airline.post("/api/v1/checks", check(person, "air-travel")));
    JsonNode unrelated = ok(airline.post("/api/v1/checks", check(person, "rental")));
    Map<String, Object> paid = step("remove");
    paid.put("ground", "OBLIGATION_PERFORMED");
    assertThat(court.post(entry + "/steps", paid).status()).isEqualTo(200);
    JsonNode after = ok(airline.post("/api/v1/checks", check(person, "air-travel")));

    assertThat(refused.get("outcome").asString()).isEqualTo("MEASURES_APPLY");
    JsonNode m = refused.get("measures").get(0);
    assertThat(m.get("code").asString()).isEqualTo("jd-air-travel");
    assertThat(m.get("effect").get("type").asString()).isEqualTo("RESTRICTION");
    assertThat(entry).endsWith(m.get("listEntry").asString());
    assertThat(m.get("legalBasis").asString()).contains("2015");
    assertThat(m.get("endsOn").asString()).isEqualTo(TODAY.minusDays(20).plusYears(2).toString());
    assertThat(refused.toString()).doesNotContain("score").doesNotContain("records");
    assertThat(unrelated.get("outcome").asString()).isEqualTo("NONE_APPLY");
    assertThat(unrelated.get("measures")).isEmpty();
    assertThat(after.get("outcome").asString()).isEqualTo("NONE_APPLY");
    JsonNode log =
        http()
            .as(f.adminKey(Role.SYSTEM_ADMIN))
            .get("/api/v1/subjects/" + person + "/checks")
            .json();
    assertThat(log).hasSize(3);
    assertThat(log.get(2).get("purpose").asString()).isEqualTo("air-travel");
    assertThat(log.get(2).get("measures").get(0).asString()).isEqualTo("jd-air-travel");
    assertThat(log.get(0).get("measures")).isEmpty();
  }

  @Test
  void aPurposeTheRelyingPartyIsNotRegisteredForIsRefusedAndTheAttemptAudited() {
    Fixtures f = new Fixtures(providers, keys);
    String person = registered(f, f.person());
    Http airline = http().as(party(f, "airline", Set.of("air-travel")));

    var refused = airline.post("/api/v1/checks", check(person, "public-procurement"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(
            db.sql(
                    "select count(*) from audit_event where outcome = 'REFUSED'"
                        + " and action = 'check subjects for public-procurement'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            http().as(f.bank().key()).post("/api/v1/checks", check(person, "air-travel")).status())
        .as("a provider is no relying party")
        .isEqualTo(403);
  }

  @Test
  void aBatchAnswersEverySubjectAndRefusesBadInputWhole() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String listed = registered(f, f.person());
    activeDefaulter(court, listed);
    String clear = f.person();
    Http airline = http().as(party(f, "airline", Set.of("air-travel")));

    JsonNode answers =
        ok(
            airline.post(
                "/api/v1/checks/batch",
                Map.of("purpose", "air-travel", "subjects", List.of(listed, clear))));
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      tooMany.add(clear);
    }
    var big =
        airline.post("/api/v1/checks/batch", Map.of("purpose", "air-travel", "subjects", tooMany));
    var bad =
        airline.post(
            "/api/v1/checks/batch",
            Map.of("purpose", "air-travel", "subjects", List.of(clear, "91110000600037341M")));

    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("outcome").asString()).isEqualTo("MEASURES_APPLY");
    assertThat(answers.get(1).get("outcome").asString()).isEqualTo("NONE_APPLY");
    assertThat(big.status()).isEqualTo(400);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asString()).isEqualTo("subjects[1]");
  }

  @Test
  void aBlacklistedEnterprisesLicenceBanFallsOnItsLegalRepresentativeButItsProcurementBanDoesNot() {
    Fixtures f = new Fixtures(providers, keys);
    Http admin = http().as(f.adminKey(Role.SYSTEM_ADMIN));
    String firm = registered(f, f.enterprise());
    String boss = registered(f, f.person());
    var related =
        admin.post(
            "/api/v1/subjects/" + firm + "/relations",
            Map.of("person", boss, "role", "LEGAL_REPRESENTATIVE", "validFrom", "2020-01-01"));
    assertThat(related.status()).as(related.body()).isIn(200, 201);
    Http regulator =
        http()
            .as(
                f.provider(
                        ProviderKind.MARKET_REGULATOR,
                        Set.of("admin-penalty-serious"),
                        List.of("3710"))
                    .key());
    activate(regulator, "/api/v1/lists/market-regulation-blacklist/entries", firm);
    Http office = http().as(party(f, "licensing", Set.of("licensing", "public-procurement")));

    JsonNode licence = ok(office.post("/api/v1/checks", check(boss, "licensing")));
    JsonNode bids = ok(office.post("/api/v1/checks", check(boss, "public-procurement")));
    JsonNode firmBids = ok(office.post("/api/v1/checks", check(firm, "public-procurement")));

    assertThat(licence.get("measures").get(0).get("code").asString()).isEqualTo("bl-licence-ban");
    assertThat(licence.get("measures").get(0).get("because").asString())
        .startsWith("legal representative of " + firm);
    assertThat(bids.get("outcome").asString()).isEqualTo("NONE_APPLY");
    assertThat(firmBids.get("measures").get(0).get("code").asString())
        .isEqualTo("bl-public-procurement");
  }

  @Test
  void relyingPartiesAreRegisteredByAnAdministratorForKnownPurposesOnly() {
    Fixtures f = new Fixtures(providers, keys);
    Http admin = http().as(f.adminKey(Role.SYSTEM_ADMIN));
    Map<String, Object> unknown =
        Map.of("nameZh", "某航空", "nameEn", "An airline", "purposes", List.of("mind-reading"));
    Map<String, Object> fine =
        Map.of("nameZh", "某航空", "nameEn", "An airline", "purposes", List.of("air-travel"));

    assertThat(admin.put("/api/v1/relying-parties/air-x", unknown).status()).isEqualTo(400);
    assertThat(http().as(f.bank().key()).put("/api/v1/relying-parties/air-x", fine).status())
        .isEqualTo(403);
    assertThat(admin.put("/api/v1/relying-parties/air-x", fine).status()).isEqualTo(200);
    assertThat(
            http().get("/api/v1/measures?purpose=air-travel").json().get(0).get("code").asString())
        .isEqualTo("jd-air-travel");
  }

  /** A relying party registered for these purposes, and a key of it. */
  private String party(Fixtures f, String name, Set<String> purposes) {
    String id = name + "-" + System.nanoTime() % 1_000_000_000L;
    var r =
        http()
            .as(f.adminKey(Role.SYSTEM_ADMIN))
            .put(
                "/api/v1/relying-parties/" + id,
                Map.of("nameZh", "航空公司", "nameEn", "Airline", "purposes", List.copyOf(purposes)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return keys.issueForRelyingParty(id, "test").token();
  }

  /** Proposed 40 days ago, notified 30 days ago, active since 20 days ago. */
  private String activeDefaulter(Http court, String person) {
    return activate(court, JD, person);
  }

  /** Proposed 40 days ago, notified 30 days ago, active since 20 days ago, by the authority. */
  private String activate(Http court, String list, String subject) {
    Map<String, Object> proposal =
        Map.of("subject", subject, "basis", "decision 7", "on", TODAY.minusDays(40).toString());
    String entry =
        "/api/v1/list-entries/" + ok(court.post(list, proposal), 201).get("id").asString();
    Map<String, Object> notify = step("notify");
    notify.put("on", TODAY.minusDays(30).toString());
    ok(court.post(entry + "/steps", notify));
    Map<String, Object> activate = step("activate");
    activate.put("on", TODAY.minusDays(20).toString());
    ok(court.post(entry + "/steps", activate));
    return entry;
  }

  private static Map<String, Object> check(String subject, String purpose) {
    return Map.of("subject", subject, "purpose", purpose);
  }

  private static Map<String, Object> step(String name) {
    Map<String, Object> m = new HashMap<>();
    m.put("step", name);
    m.put("reason", "per the file");
    return m;
  }

  private static JsonNode ok(Http.Response r) {
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.json();
  }

  private static JsonNode ok(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }
}
