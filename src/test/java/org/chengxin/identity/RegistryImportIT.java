package org.chengxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.identity.app.ImportRegistry;
import org.chengxin.identity.app.RegistryReport;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class RegistryImportIT extends ApiTest {
  @Autowired ImportRegistry registry;
  @Autowired SubjectStore subjects;
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @TempDir Path dir;

  @Test
  void aRegistryKeepsABadCheckOrganisationCodeFlaggedAndRefusesMalformedOnes() throws IOException {
    Fixtures f = new Fixtures(providers, keys);
    String good = f.enterprise();
    String person = f.person();
    String first17 = f.enterprise().substring(0, 17);
    char right = UnifiedSocialCreditCode.checkCharacter(first17);
    String badCheck = first17 + (right == '0' ? '1' : '0');
    Path file = dir.resolve("registry.csv");
    Files.writeString(
        file,
        "code,name\n"
            + good
            + ",威海海润渔业有限公司\n"
            + person
            + ",单伟\n"
            + badCheck
            + ",福建某某贸易有限公司\n"
            + "NOT-A-CODE,某公司\n");

    RegistryReport report =
        registry.importSubjects(Caller.operator(Role.SYSTEM_ADMIN, null), file, n -> {});

    assertThat(report.rows()).isEqualTo(4);
    assertThat(report.added()).isEqualTo(3);
    assertThat(report.flagged()).isEqualTo(1);
    assertThat(report.refused()).isEqualTo(1);
    assertThat(report.errors()).singleElement().asString().startsWith("row 4: code:");
    assertThat(subjects.find(badCheck))
        .hasValueSatisfying(s -> assertThat(s.checkFailed()).isTrue());
    assertThat(subjects.find(person))
        .hasValueSatisfying(s -> assertThat(s.pinyin()).isEqualTo("shan wei"));
  }

  @Test
  void reImportingTheRegistryAddsNothingAndAnInteractiveBadCheckIsStillRefused()
      throws IOException {
    Fixtures f = new Fixtures(providers, keys);
    String good = f.enterprise();
    Path file = dir.resolve("again.csv");
    Files.writeString(file, "code,name\n" + good + ",荣成石岛渔业有限公司\n");
    Caller admin = Caller.operator(Role.SYSTEM_ADMIN, null);

    registry.importSubjects(admin, file, n -> {});
    RegistryReport again = registry.importSubjects(admin, file, n -> {});

    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    var answer =
        http()
            .as(f.adminKey(Role.SYSTEM_ADMIN))
            .post("/api/v1/subjects", Map.of("code", bad, "name", "某公司"));
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void relationsAreRecordedAndListedForBothSides() {
    Fixtures f = new Fixtures(providers, keys);
    String admin = f.adminKey(Role.SYSTEM_ADMIN);
    String org = f.enterprise();
    String person = f.person();

    var added =
        http()
            .as(admin)
            .post(
                "/api/v1/subjects/" + org + "/relations",
                Map.of(
                    "person", person, "role", "LEGAL_REPRESENTATIVE", "validFrom", "2020-01-01"));
    var ofPerson = http().as(admin).get("/api/v1/subjects/" + person + "/relations");

    assertThat(added.status()).isEqualTo(201);
    assertThat(ofPerson.json())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.get("organisation").asString()).isEqualTo(org);
          assertThat(r.get("role").asString()).isEqualTo("LEGAL_REPRESENTATIVE");
        });
    var backwards =
        http()
            .as(admin)
            .post(
                "/api/v1/subjects/" + org + "/relations",
                Map.of(
                    "person",
                    person,
                    "role",
                    "PRINCIPAL",
                    "validFrom",
                    "2020-01-01",
                    "validTo",
                    "2019-01-01"));
    assertThat(backwards.status()).isEqualTo(400);
  }
}
