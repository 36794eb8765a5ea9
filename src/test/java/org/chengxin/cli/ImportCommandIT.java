package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.access.ApiKeys;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Console;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./chengxin import} against the test database, as an operator would run it. */
class ImportCommandIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @TempDir Path dir;
  @RegisterExtension final Console console = new Console();

  @Test
  void anImportIsReportedAndRepeatingItSaysNothingChanged() throws Exception {
    Fixtures f = new Fixtures(providers, keys);
    String bank = f.bank().id();
    Path file = dir.resolve("bank.jsonl");
    Files.writeString(
        file,
        """
        {"reference":"c1","subject":"%s","type":"loan-repaid","eventDate":"2025-01-02","documentNo":"D1","attributes":{"amount":500}}
        """
            .formatted(f.person()));

    int first =
        Chengxin.run("import", "--provider", bank, "--db", TestDatabase.jdbcUrl(), file.toString());
    int second =
        Chengxin.run("import", "--provider", bank, "--db", TestDatabase.jdbcUrl(), file.toString());

    assertThat(first).isZero();
    assertThat(second).isZero();
    String report = console.out();
    assertThat(report).contains("1 rows: 1 stored").contains("1 rows: 0 stored, 1 already present");
  }

  @Test
  void aRegistryFileIsImportedWithItsCounts() throws Exception {
    Fixtures f = new Fixtures(providers, keys);
    Path file = dir.resolve("subjects.csv");
    Files.writeString(file, "code,name\n" + f.enterprise() + ",威海某某有限公司\nXYZ,坏代码\n");

    int code =
        Chengxin.run("import", "--registry", "--db", TestDatabase.jdbcUrl(), file.toString());

    assertThat(code).isZero();
    assertThat(console.out()).contains("2 rows: 1 added").contains("1 refused");
    assertThat(console.err()).contains("refused row 2: code:");
  }

  @Test
  void anUnknownProviderIsAOneLineError() throws Exception {
    Path file = dir.resolve("x.csv");
    Files.writeString(file, "reference,subject,type,event_date,document_no\n");

    int code =
        Chengxin.run(
            "import", "--provider", "nope", "--db", TestDatabase.jdbcUrl(), file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains("chengxin: registered provider 'nope' was not found");
  }
}
