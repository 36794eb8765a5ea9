package org.chengxin.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.chengxin.access.ApiKeys;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.Sex;
import org.chengxin.lists.app.ListEntries;
import org.chengxin.providers.model.ProviderKind;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** List entries over HTTP, as a court and the scheduler move them. */
class ListsApiIT extends ApiTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final String JD = "/api/v1/lists/judgment-defaulters/entries";

  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @Autowired ListEntries entries;

  @Test
  void aJudgmentDefaulterIsListedOnlyAfterNoticeAndWindowAndRemovedWhenTheDebtIsPaid() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String person = registered(f, f.person());

    JsonNode proposed = ok(court.post(JD, proposal(person, TODAY.minusDays(40))), 201);
    String entry = "/api/v1/list-entries/" + proposed.get("id").asString();
    ok(court.post(entry + "/steps", step("notify", TODAY.minusDays(30))), 200);
    var early = court.post(entry + "/steps", step("activate", TODAY.minusDays(25)));
    JsonNode active = ok(court.post(entry + "/steps", step("activate", TODAY.minusDays(20))), 200);
    Map<String, Object> paid = step("remove", TODAY);
    paid.put("ground", "OBLIGATION_PERFORMED");
    JsonNode removed = ok(court.post(entry + "/steps", paid), 200);

    assertThat(proposed.get("state").asString()).isEqualTo("PROPOSED");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asString()).contains(TODAY.minusDays(20).toString());
    assertThat(active.get("endsOn").asString())
        .isEqualTo(TODAY.minusDays(20).plusYears(2).toString());
    assertThat(removed.get("state").asString()).isEqualTo("REMOVED");
    JsonNode history = court.get(entry).json().get("history");
    assertThat(history).hasSize(4);
    assertThat(history.get(3).get("reason").asString()).startsWith("OBLIGATION_PERFORMED");
    assertThat(history.get(3).get("actor").asString()).startsWith("test-court-");
  }

  @Test
  void theSchedulerCatchesUpAcrossAnExpiryAndAWindowEachDatedWhenItFellDue() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String old = registered(f, f.person());
    String recent = registered(f, f.person());
    String oldEntry = listed(court, old, LocalDate.parse("2022-01-03"), true);
    String recentEntry = listed(court, recent, TODAY.minusDays(30), false);

    entries.applyDue(); // what the scheduler does at start and every few minutes

    JsonNode expired = court.get(oldEntry).json();
    assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");
    JsonNode last = expired.get("history").get(3);
    assertThat(last.get("on").asString()).isEqualTo("2024-01-13");
    assertThat(last.get("actor").asString()).isEqualTo("scheduler");
    JsonNode activated = court.get(recentEntry).json();
    assertThat(activated.get("state").asString()).isEqualTo("ACTIVE");
    assertThat(activated.get("activeFrom").asString()).isEqualTo(TODAY.minusDays(20).toString());
  }

  @Test
  void aMinorIsNeverProposedForTheJudgmentDefaulterList() {
    Fixtures f = new Fixtures(providers, keys);
    String child =
        CodeFactory.person(
                new SplittableRandom(7), new RegionCode("371082"), TODAY.minusYears(12), Sex.FEMALE)
            .value();
    registered(f, child);

    var refused = http().as(f.court().key()).post(JD, proposal(child, TODAY));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asString()).contains("minors are never put on");
  }

  @Test
  void aSecondOpenEntryOnTheSameListIsRefused() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String person = registered(f, f.person());
    ok(court.post(JD, proposal(person, TODAY)), 201);

    var again = court.post(JD, proposal(person, TODAY));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("already has an open entry");
  }

  @Test
  void onlyADecidingAuthorityOfTheSubjectsRegionActs() {
    Fixtures f = new Fixtures(providers, keys);
    String person = registered(f, f.person());
    String elsewhere =
        f.provider(ProviderKind.COURT, Set.of("court-judgment-unperformed"), List.of("4403")).key();

    assertThat(http().as(f.bank().key()).post(JD, proposal(person, TODAY)).status()).isEqualTo(403);
    assertThat(http().as(elsewhere).post(JD, proposal(person, TODAY)).status()).isEqualTo(403);
    assertThat(http().as(f.bank().key()).get("/api/v1/lists/watch-list/entries").status())
        .as("the watch list is not published")
        .isEqualTo(403);
    assertThat(http().as(f.bank().key()).get(JD).status()).isEqualTo(200);
  }

  @Test
  void othersSeeOnlyActiveEntriesOfAPublishedListAndARemovedOneLeavesAtOnce() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    Http bank = http().as(f.bank().key());
    String proposedOnly = registered(f, f.person());
    String active = registered(f, f.person());
    String proposal =
        "/api/v1/list-entries/"
            + ok(court.post(JD, proposal(proposedOnly, TODAY)), 201).get("id").asString();
    String entry = listed(court, active, TODAY.minusDays(30), true);

    assertThat(bank.get(proposal).status()).isEqualTo(404);
    assertThat(bank.get(entry).status()).isEqualTo(200);
    assertThat(bank.get(JD + "?state=PROPOSED&size=500").json()).isEmpty();
    assertThat(bank.get(JD + "?size=500").json())
        .allSatisfy(e -> assertThat(e.get("state").asString()).isEqualTo("ACTIVE"));
    Map<String, Object> paid = step("remove", TODAY);
    paid.put("ground", "OBLIGATION_PERFORMED");
    ok(court.post(entry + "/steps", paid), 200);
    assertThat(bank.get(entry).status()).isEqualTo(404);
    assertThat(court.get(entry).status()).isEqualTo(200);
  }

  @Test
  void badRequestsAreProblemsThatChangeNothing() {
    Fixtures f = new Fixtures(providers, keys);
    Http court = http().as(f.court().key());
    String person = registered(f, f.person());
    String entry =
        "/api/v1/list-entries/"
            + ok(court.post(JD, proposal(person, TODAY)), 201).get("id").asString();

    assertThat(court.post("/api/v1/lists/no-such/entries", proposal(person, TODAY)).status())
        .isEqualTo(404);
    assertThat(field(court.post(entry + "/steps", step("jump", TODAY)))).isEqualTo("step");
    assertThat(field(court.post(entry + "/steps", step("remove", TODAY)))).isEqualTo("ground");
    assertThat(field(court.post(entry + "/steps", step("notify", TODAY.plusDays(1)))))
        .isEqualTo("on");
    assertThat(field(court.post(JD, proposal("91110000600037341M", TODAY)))).isEqualTo("subject");
    assertThat(court.get(entry).json().get("state").asString()).isEqualTo("PROPOSED");
    assertThat(court.get(entry).json().get("history")).hasSize(1);
  }

  /** Proposed, notified and activated on {@code from}, {@code from} and {@code from + 10}. */
  private String listed(Http court, String person, LocalDate from, boolean activate) {
    String entry =
        "/api/v1/list-entries/"
            + ok(court.post(JD, proposal(person, from)), 201).get("id").asString();
    ok(court.post(entry + "/steps", step("notify", from)), 200);
    if (activate) {
      ok(court.post(entry + "/steps", step("activate", from.plusDays(10))), 200);
    }
    return entry;
  }

  private static Map<String, Object> proposal(String subject, LocalDate on) {
    return Map.of("subject", subject, "basis", "judgment (2025)鲁1082执123号", "on", on.toString());
  }

  private static Map<String, Object> step(String name, LocalDate on) {
    Map<String, Object> m = new HashMap<>();
    m.put("step", name);
    m.put("on", on.toString());
    m.put("reason", "per the enforcement file");
    return m;
  }

  private static JsonNode ok(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  private static String field(Http.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    return r.json().get("field").asString();
  }
}
