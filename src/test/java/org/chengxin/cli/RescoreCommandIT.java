package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengxin.scoring.store.JobTable;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Console;
import org.chengxin.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./chengxin rescore} against the test database, next to a running server. */
class RescoreCommandIT extends ApiTest {
  @Autowired JobTable jobs;
  @RegisterExtension final Console console = new Console();

  @BeforeEach
  void awaitTheServersOwnRescores() throws InterruptedException {
    // The server's own start-up rescore may still run; the command would meet it.
    for (int i = 0; i < 600 && !jobs.running().isEmpty(); i++) {
      Thread.sleep(100);
    }
  }

  @Test
  void aRescoreShowsItsProgressAndSwitchesReaders() {
    int code =
        Chengxin.run("rescore", "--scheme", "rongcheng-personal", "--db", TestDatabase.jdbcUrl());

    String printed = console.out();
    assertThat(code).as(console.err()).isZero();
    assertThat(printed).contains("rongcheng-personal").contains("100%");
    assertThat(printed).containsPattern("rongcheng-personal v\\d+ as of \\d{4}-\\d\\d-\\d\\d: ");
    assertThat(printed).contains("readers switched");
    assertThat(jobs.recent(1).get(0).requestedBy()).isEqualTo("cli");
  }

  @Test
  void anUnknownSchemeIsAOneLineErrorAndAFailure() {
    int code =
        Chengxin.run("rescore", "--scheme", "no-such-scheme", "--db", TestDatabase.jdbcUrl());

    assertThat(code).isEqualTo(1);
    assertThat(console.err().strip())
        .isEqualTo("no-such-scheme: no published version is in force today");
  }

  @Test
  void aMalformedStoreIsRefusedBeforeAnythingRuns() {
    int code = Chengxin.run("rescore", "--db", "postgres://nowhere");

    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains("--db must be a jdbc:postgresql://");
  }
}
