package org.chengxin.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.chengxin.access.ApiKeys;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.Sex;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A court's record of an unperformed judgment proposes the subject by rule, minors excepted. */
class ProposeByRuleIT extends ApiTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @Autowired JdbcClient db;

  @Test
  void anUnperformedJudgmentProposesTheAdultOnceAndTheCourtThenDecides() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String person = f.person();

    assertThat(court.post("/api/v1/records", judgment("j1-" + person, person)).status())
        .isEqualTo(201);
    assertThat(court.post("/api/v1/records", judgment("j2-" + person, person)).status())
        .isEqualTo(201);

    List<JsonNode> mine = entriesOf(court, person);
    assertThat(mine).hasSize(1);
    JsonNode entry = mine.get(0);
    assertThat(entry.get("state").asString()).isEqualTo("PROPOSED");
    assertThat(entry.get("basis").asString()).contains("court-judgment-unperformed record j");
    assertThat(entry.get("history").get(0).get("actor").asString()).isEqualTo("rule");
    Map<String, Object> notify = new HashMap<>();
    notify.put("step", "notify");
    notify.put("reason", "notice served in person");
    var notified =
        court.post("/api/v1/list-entries/" + entry.get("id").asString() + "/steps", notify);
    assertThat(notified.status()).as(notified.body()).isEqualTo(200);
  }

  @Test
  void aMinorIsNotProposedAndTheRefusalIsAudited() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String child =
        CodeFactory.person(
                new SplittableRandom(11), new RegionCode("371082"), TODAY.minusYears(15), Sex.MALE)
            .value();

    assertThat(court.post("/api/v1/records", judgment("jm-" + child, child)).status())
        .isEqualTo(201);

    assertThat(entriesOf(court, child)).isEmpty();
    assertThat(
            db.sql(
                    "select count(*) from audit_event where actor = 'rule' and outcome = 'REFUSED'"
                        + " and detail->>'reason' like ?")
                .param("%" + child + "%")
                .query(Long.class)
                .single())
        .isPositive();
  }

  private static List<JsonNode> entriesOf(Http as, String subject) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode e : as.get("/api/v1/lists/judgment-defaulters/entries?size=500").json()) {
      if (e.get("subject").asString().equals(subject)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Map<String, Object> judgment(String reference, String subject) {
    Map<String, Object> r = new HashMap<>();
    r.put("reference", reference);
    r.put("subject", subject);
    r.put("subjectName", "钱七");
    r.put("type", "court-judgment-unperformed");
    r.put("eventDate", TODAY.minusDays(3).toString());
    r.put("documentNo", "(2026)鲁1082执" + Math.abs(reference.hashCode() % 10000) + "号");
    r.put("attributes", Map.of("case_number", "EX-" + reference, "ground", "able_but_refusing"));
    return r;
  }
}
