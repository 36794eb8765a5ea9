package org.chengxin.identity.app;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.platform.csv.CsvReader;
import org.chengxin.platform.db.Transactions;
import org.springframework.stereotype.Service;

/**
 * Loads a subject registry file ({@code code,name} CSV, as a market-regulation or household
 * registry exports it). Unlike interactive input, a well-formed code whose check character fails is
 * kept and flagged {@code check_failed}, because some really issued codes fail (FACTS.md).
 */
@Service
public class ImportRegistry {
  private static final int CHUNK = 20_000;
  private static final int LISTED = 100;

  private final RegistryRows rows;
  private final AuditLog audit;
  private final Transactions transactions;

  public ImportRegistry(SubjectPinyin pinyin, AuditLog audit, Transactions transactions) {
    this.rows = new RegistryRows(pinyin);
    this.audit = audit;
    this.transactions = transactions;
  }

  public RegistryReport importSubjects(Caller caller, Path file, LongConsumer progress) {
    caller.require("import the subject registry", Role.SYSTEM_ADMIN);
    long[] totals = new long[5]; // rows, added, updated, flagged, refused
    List<String> errors = new ArrayList<>();
    transactions.inTransaction(
        "registry import failed",
        (c, status) -> {
          try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(reader);
            RegistryRows.requireHeader(csv.next(), "code", "name");
            List<List<String>> chunk = new ArrayList<>(CHUNK);
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
              if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
              }
              chunk.add(f);
              if (chunk.size() == CHUNK) {
                load(c, chunk, totals, errors, progress);
              }
            }
            load(c, chunk, totals, errors, progress);
          }
          return null;
        });
    RegistryReport report =
        new RegistryReport(totals[0], totals[1], totals[2], totals[3], totals[4], errors);
    audit.ok(
        caller.actor(),
        "import registry",
        file.getFileName().toString(),
        Map.of(
            "rows",
            report.rows(),
            "added",
            report.added(),
            "updated",
            report.updated(),
            "flagged",
            report.flagged(),
            "refused",
            report.refused()));
    return report;
  }

  private void load(
      Connection c,
      List<List<String>> chunk,
      long[] totals,
      List<String> errors,
      LongConsumer progress)
      throws SQLException {
    long first = totals[0] + 1;
    List<RegistryRows.Parsed> parsed = chunk.parallelStream().map(f -> rows.parse(f)).toList();
    List<SubjectRow> good = new ArrayList<>(parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      RegistryRows.Parsed p = parsed.get(i);
      if (p.row() == null) {
        totals[4]++;
        if (errors.size() < LISTED) {
          errors.add("row " + (first + i) + ": " + p.problem());
        }
      } else {
        good.add(p.row());
        totals[3] += p.row().checkFailed() ? 1 : 0;
      }
    }
    long[] changed = SubjectStore.upsertFromRegistry(c, good);
    totals[0] += chunk.size();
    totals[1] += changed[0];
    totals[2] += changed[1];
    chunk.clear();
    progress.accept(totals[0]);
  }
}
