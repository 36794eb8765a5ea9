package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.checks.app.RegisterRelyingParty;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Console;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code ./chengxin check} against the test database. */
class CheckCommandIT extends ApiTest {
  @RegisterExtension final Console console = new Console();
  @Autowired RegisterRelyingParty register;
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @Autowired JdbcClient db;

  @Test
  void aCheckFromTheCommandLineAnswersAndIsLogged() {
    String party = "cli-air-" + System.nanoTime() % 1_000_000;
    register.register(
        Caller.operator(Role.SYSTEM_ADMIN, null),
        new RelyingParty(party, "航空", "Airline", Set.of("air-travel"), true));
    String person = new Fixtures(providers, keys).person();

    int code =
        Chengxin.run(
            "check",
            "--relying-party",
            party,
            "--purpose",
            "air-travel",
            "--db",
            TestDatabase.jdbcUrl(),
            person);

    assertThat(code).as(console.err()).isZero();
    assertThat(console.out()).contains(person + ", air-travel: no measure applies");
    assertThat(
            db.sql("select count(*) from check_log where relying_party_id = ?")
                .param(party)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anUnknownRelyingPartyOrAMalformedCodeIsAOneLineError() {
    String person = new Fixtures(providers, keys).person();

    int unknown =
        Chengxin.run(
            "check",
            "--relying-party",
            "nobody",
            "--purpose",
            "air-travel",
            "--db",
            TestDatabase.jdbcUrl(),
            person);
    int malformed =
        Chengxin.run(
            "check",
            "--relying-party",
            "nobody",
            "--purpose",
            "air-travel",
            "--db",
            TestDatabase.jdbcUrl(),
            "91110000600037341M");

    assertThat(unknown).isEqualTo(1);
    assertThat(malformed).isEqualTo(1);
    assertThat(console.err().lines().toList())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("chengxin: "));
    assertThat(console.err()).contains("relying party not active");
  }
}
