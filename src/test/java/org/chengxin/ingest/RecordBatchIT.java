package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chengxin.access.ApiKeys;
import org.chengxin.providers.model.ProviderKind;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.Fixtures.ProviderWithKey;
import org.chengxin.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecordBatchIT extends ApiTest {
  @Autowired ProviderStore providerStore;
  @Autowired ApiKeys apiKeys;
  @Autowired JdbcClient db;
  Fixtures fixtures;
  ProviderWithKey bank;

  @BeforeEach
  void setUp() {
    fixtures = new Fixtures(providerStore, apiKeys);
    bank = fixtures.bank();
  }

  private long stored(String provider) {
    return db.sql("select count(*) from credit_record where provider_id = ?")
        .param(provider)
        .query(Long.class)
        .single();
  }

  private List<Map<String, Object>> batch(int n) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(Fixtures.loanDefault("r" + i, fixtures.person()));
    }
    return records;
  }

  @Test
  void aValidBatchIsStoredAndResendingItChangesNothingAndSaysSo() {
    Http api = http().as(bank.key());
    var records = batch(50);

    var first = api.post("/api/v1/records/batch", Map.of("records", records));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("created").asInt()).isEqualTo(50);

    var again = api.post("/api/v1/records/batch", Map.of("records", records));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("duplicateCount").asInt()).isEqualTo(50);
    assertThat(again.json().get("summary").asString()).contains("nothing changed");
    assertThat(stored(bank.id())).isEqualTo(50);
  }

  @Test
  void threeBadRowsAmongTenThousandRefuseTheWholeBatchRowByRow() {
    var records = batch(10_000);
    records.get(17).put("subject", "11010519491231002Y"); // wrong check character
    records.get(4242).put("type", "church-attendance"); // not in the catalog
    records.get(9999).put("attributes", Map.of("amount", "lots")); // wrong attribute kind

    var answer = http().as(bank.key()).post("/api/v1/records/batch", Map.of("records", records));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/invalid-records");
    var errors = answer.json().get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("index").asInt()).isEqualTo(18);
    assertThat(errors.get(0).get("field").asString()).isEqualTo("subject");
    assertThat(errors.get(1).get("index").asInt()).isEqualTo(4243);
    assertThat(errors.get(1).get("field").asString()).isEqualTo("type");
    assertThat(errors.get(2).get("field").asString()).isEqualTo("attributes.amount");
    assertThat(stored(bank.id())).isZero();
  }

  @Test
  void aBatchOverTenThousandIsRefusedAsTooLarge() {
    var answer =
        http().as(bank.key()).post("/api/v1/records/batch", Map.of("records", batch(10_001)));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.isProblem()).isTrue();
    assertThat(stored(bank.id())).isZero();
  }

  @Test
  void aTypeOutsideTheProvidersAuthorisationIsForbiddenAndAudited() {
    var record = Fixtures.loanDefault("x1", fixtures.person());
    record.put("type", "tax-arrears");
    record.put("attributes", Map.of("amount", 100, "tax_kind", "VAT"));

    var answer = http().as(bank.key()).post("/api/v1/records", record);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("type").asString())
        .isEqualTo("/problems/not-authorised-for-record");
    assertThat(answer.json().get("detail").asString()).contains("not authorised for record type");
    assertThat(refusedAuditsFor(bank.id())).isPositive();
    assertThat(stored(bank.id())).isZero();
  }

  @Test
  void aSubjectOutsideTheProvidersRegionsIsForbidden() {
    var record = Fixtures.loanDefault("x2", "11010519491231002X"); // Beijing, not Weihai
    var answer = http().as(bank.key()).post("/api/v1/records", record);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("detail").asString()).contains("region 110105");
  }

  @Test
  void writesWithoutOrWithABadKeyAreUnauthorisedAndAudited() {
    long before =
        db.sql(
                "select count(*) from audit_event where outcome = 'REFUSED'"
                    + " and action = 'authenticate'")
            .query(Long.class)
            .single();
    var record = Fixtures.loanDefault("x3", fixtures.person());

    var anonymous = http().post("/api/v1/records", record);
    var forged = http().as("cx.0000000000000000.forged").post("/api/v1/records", record);

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.isProblem()).isTrue();
    assertThat(forged.status()).isEqualTo(401);
    long after =
        db.sql(
                "select count(*) from audit_event where outcome = 'REFUSED'"
                    + " and action = 'authenticate'")
            .query(Long.class)
            .single();
    assertThat(after - before).isEqualTo(2);
  }

  @Test
  void aRevokedKeyNoLongerWrites() {
    String keyId = bank.key().split("\\.")[1];
    apiKeys.revoke(keyId);
    var answer =
        http()
            .as(bank.key())
            .post("/api/v1/records", Fixtures.loanDefault("x4", fixtures.person()));
    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void reusingAReferenceForDifferentContentIsAConflict() {
    Http api = http().as(bank.key());
    String subject = fixtures.person();
    assertThat(api.post("/api/v1/records", Fixtures.loanDefault("same", subject)).status())
        .isEqualTo(201);
    var changed = Fixtures.loanDefault("same", subject);
    changed.put("attributes", Map.of("amount", 99999, "overdue_days", 95));

    var answer = api.post("/api/v1/records", changed);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("type").asString()).isEqualTo("/problems/reference-conflict");
    assertThat(stored(bank.id())).isEqualTo(1);
  }

  @Test
  void aCorrectionAndARevocationAreNewVersionsThatKeepTheOriginal() {
    Http api = http().as(bank.key());
    String subject = fixtures.person();
    api.post("/api/v1/records", Fixtures.loanDefault("orig", subject));
    var correction = Fixtures.loanDefault("orig-c1", subject);
    correction.put("action", "CORRECT");
    correction.put("supersedes", "orig");
    correction.put("attributes", Map.of("amount", 1200, "overdue_days", 95));
    assertThat(api.post("/api/v1/records", correction).status()).isEqualTo(201);
    var revocation = Fixtures.loanDefault("orig-r1", subject);
    revocation.put("action", "REVOKE");
    revocation.put("supersedes", "orig-c1");
    assertThat(api.post("/api/v1/records", revocation).status()).isEqualTo(201);

    var versions = api.get("/api/v1/subjects/" + subject + "/records").json().get("items");

    assertThat(versions).hasSize(3);
    Map<String, String> status = new java.util.HashMap<>();
    versions.forEach(v -> status.put(v.get("reference").asString(), v.get("status").asString()));
    assertThat(status)
        .containsEntry("orig", "CORRECTED")
        .containsEntry("orig-c1", "REVOKED")
        .containsEntry("orig-r1", "REVOKED");
  }

  @Test
  void aSecondCorrectionOfTheSameVersionIsRefused() {
    Http api = http().as(bank.key());
    String subject = fixtures.person();
    api.post("/api/v1/records", Fixtures.loanDefault("base", subject));
    var c1 = Fixtures.loanDefault("base-c1", subject);
    c1.put("action", "CORRECT");
    c1.put("supersedes", "base");
    api.post("/api/v1/records", c1);
    var c2 = Fixtures.loanDefault("base-c2", subject);
    c2.put("action", "CORRECT");
    c2.put("supersedes", "base");

    var answer = api.post("/api/v1/records", c2);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("detail").asString()).contains("already superseded");
  }

  @Test
  void aProviderSeesOnlyItsOwnRecords() {
    String subject = fixtures.person();
    http().as(bank.key()).post("/api/v1/records", Fixtures.loanDefault("mine", subject));
    ProviderWithKey otherBank =
        fixtures.provider(ProviderKind.BANK, java.util.Set.of("loan-default"), List.of("37"));

    var theirs = http().as(otherBank.key()).get("/api/v1/subjects/" + subject + "/records");

    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.json().get("items")).isEmpty();
  }

  private long refusedAuditsFor(String provider) {
    return db.sql("select count(*) from audit_event where outcome = 'REFUSED' and target = ?")
        .param(provider)
        .query(Long.class)
        .single();
  }
}
