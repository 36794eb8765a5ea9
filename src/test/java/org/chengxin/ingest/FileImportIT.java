package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.access.ApiKeys;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.ingest.app.ImportRecords;
import org.chengxin.ingest.app.ImportReport;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.providers.store.ProviderStore;
import org.chengxin.testing.ApiTest;
import org.chengxin.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FileImportIT extends ApiTest {
  @Autowired ProviderStore providers;
  @Autowired ApiKeys keys;
  @Autowired ImportRecords imports;
  @Autowired JdbcClient db;
  @TempDir Path dir;
  Fixtures fixtures;
  Caller bank;
  String bankId;

  @BeforeEach
  void setUp() {
    fixtures = new Fixtures(providers, keys);
    bankId = fixtures.bank().id();
    bank = Caller.operator(Role.PROVIDER, bankId);
  }

  private Path csv(int rows, List<Integer> badRows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        "reference,subject,subject_name,type,event_date,document_no,legal_basis,attributes,"
            + "action,supersedes");
    for (int i = 1; i <= rows; i++) {
      String subject = badRows.contains(i) ? "11010519491231002Y" : fixtures.person();
      lines.add(
          "ref-"
              + i
              + ","
              + subject
              + ",王五,loan-default,2025-06-0"
              + (1 + i % 9)
              + ",WHB-"
              + i
              + ",,\"{\"\"amount\"\": "
              + (1000 + i)
              + ", \"\"overdue_days\"\": 91}\",,");
    }
    Path file = dir.resolve("bank-" + System.nanoTime() + ".csv");
    Files.write(file, lines);
    return file;
  }

  private long stored() {
    return db.sql("select count(*) from credit_record where provider_id = ?")
        .param(bankId)
        .query(Long.class)
        .single();
  }

  @Test
  void reImportingTheSameFileLeavesTheCountsUnchanged() throws IOException {
    Path file = csv(2_000, List.of());

    ImportReport first = imports.importFile(bank, file, false, n -> {});
    ImportReport second = imports.importFile(bank, file, false, n -> {});

    assertThat(first.created()).isEqualTo(2_000);
    assertThat(second.created()).isZero();
    assertThat(second.duplicates()).isEqualTo(2_000);
    assertThat(stored()).isEqualTo(2_000);
  }

  @Test
  void threeBadRowsAmongTenThousandRefuseTheWholeFileRowByRow() throws IOException {
    Path file = csv(10_000, List.of(5, 5_000, 9_999));

    ImportReport report = imports.importFile(bank, file, false, n -> {});

    assertThat(report.stored()).isFalse();
    assertThat(report.refusedRows()).isEqualTo(3);
    assertThat(report.errors()).extracting(ItemError::index).containsExactly(5L, 5_000L, 9_999L);
    assertThat(report.errors()).allMatch(e -> e.field().equals("subject"));
    assertThat(stored()).isZero();
  }

  @Test
  void partialImportStoresTheGoodRowsAndSaysWhichItSkipped() throws IOException {
    Path file = csv(10_000, List.of(5, 5_000, 9_999));

    ImportReport report = imports.importFile(bank, file, true, n -> {});

    assertThat(report.stored()).isTrue();
    assertThat(report.created()).isEqualTo(9_997);
    assertThat(report.errors())
        .extracting(ItemError::reference)
        .containsExactly("ref-5", "ref-5000", "ref-9999");
    assertThat(stored()).isEqualTo(9_997);
  }

  @Test
  void jsonLinesFilesImportLikeCsv() throws IOException {
    String subject = fixtures.person();
    Path file = dir.resolve("bank.jsonl");
    Files.writeString(
        file,
        """
        {"reference":"j1","subject":"%s","type":"loan-repaid","eventDate":"2025-01-02","documentNo":"D1","attributes":{"amount":500}}
        {"reference":"j2","subject":"%s","type":"loan-default","eventDate":"2025-02-03","documentNo":"D2","attributes":{"amount":800.50,"overdue_days":120}}
        """
            .formatted(subject, subject));

    ImportReport report = imports.importFile(bank, file, false, n -> {});

    assertThat(report.created()).isEqualTo(2);
    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void aGarbledRowIsReportedNotFatal() throws IOException {
    Path file = dir.resolve("garbled.jsonl");
    Files.writeString(file, "{\"reference\": \"g1\", \"subject\": \n");

    ImportReport report = imports.importFile(bank, file, false, n -> {});

    assertThat(report.stored()).isFalse();
    assertThat(report.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("row"));
  }
}
