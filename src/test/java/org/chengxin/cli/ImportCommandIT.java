package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chengxin.access.ApiKeys;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.chengxin.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./chengxin import} against the test database, as an operator would run it. */
class ImportCommandIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

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
    String report = out.toString(StandardCharsets.UTF_8);
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
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2 rows: 1 added")
        .contains("1 refused");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused row 2: code:");
  }

  @Test
  void anUnknownProviderIsAOneLineError() throws Exception {
    Path file = dir.resolve("x.csv");
    Files.writeString(file, "reference,subject,type,event_date,document_no\n");

    int code =
        Chengxin.run(
            "import", "--provider", "nope", "--db", TestDatabase.jdbcUrl(), file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("chengxin: registered provider 'nope' was not found");
  }
}
