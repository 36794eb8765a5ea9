package org.chengxin.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.ValidRecord;
import org.chengxin.platform.db.CopyText;

/**
 * Stores checked records with COPY, idempotent on (provider, reference), inside the caller's
 * transaction. The fast path copies straight into the table; only when that meets a reference
 * already stored does it fall back to a staging table and {@code ON CONFLICT DO NOTHING}, so a
 * first import runs at nearly raw COPY speed and a re-import still changes nothing.
 */
public final class RecordWriter {
  public static final String COLUMNS =
      "subject_code, provider_id, reference, type_code, action, supersedes_reference, event_date,"
          + " document_no, legal_basis, attributes, content_hash, batch_id";
  private static final String UNIQUE_VIOLATION = "23505";

  private RecordWriter() {}

  public static WriteResult write(
      Connection c, String providerId, long batchId, List<ValidRecord> records)
      throws SQLException {
    if (records.isEmpty()) {
      return new WriteResult(0, List.of(), List.of());
    }
    CopyText rows = rows(providerId, batchId, records);
    Savepoint fast = c.setSavepoint();
    try {
      long n = rows.copyInto(c, "copy credit_record (" + COLUMNS + ") from stdin");
      c.releaseSavepoint(fast);
      return new WriteResult((int) n, List.of(), List.of());
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(fast);
    }
    return writeWithDuplicates(c, rows, records);
  }

  private static WriteResult writeWithDuplicates(
      Connection c, CopyText rows, List<ValidRecord> records) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(
          "create temp table if not exists record_staging"
              + " (like credit_record including defaults) on commit drop");
      s.execute("truncate record_staging");
    }
    rows.copyInto(c, "copy record_staging (" + COLUMNS + ") from stdin");
    Set<String> conflicting = new HashSet<>();
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select s.reference from record_staging s join credit_record r"
                    + " on r.provider_id = s.provider_id and r.reference = s.reference"
                    + " where r.content_hash <> s.content_hash")) {
      while (rs.next()) {
        conflicting.add(rs.getString(1));
      }
    }
    if (!conflicting.isEmpty()) {
      List<ItemError> errors = new ArrayList<>();
      for (ValidRecord r : records) {
        if (conflicting.contains(r.reference())) {
          errors.add(
              new ItemError(
                  r.index(),
                  r.reference(),
                  "reference",
                  "reference already used for a record with different content; send a CORRECT"
                      + " version with a new reference instead"));
        }
      }
      return WriteResult.refused(errors);
    }
    Set<String> created = new HashSet<>();
    try (var s = c.createStatement();
        var rs =
            s.executeQuery(
                "insert into credit_record ("
                    + COLUMNS
                    + ") select "
                    + COLUMNS
                    + " from record_staging order by id"
                    + " on conflict (provider_id, reference) do nothing returning reference")) {
      while (rs.next()) {
        created.add(rs.getString(1));
      }
    }
    List<String> duplicates = new ArrayList<>();
    for (ValidRecord r : records) {
      if (!created.contains(r.reference())) {
        duplicates.add(r.reference());
      }
    }
    return new WriteResult(created.size(), duplicates, List.of());
  }

  /** The COPY text for these records, exactly as {@link #write} sends it (for benchmarks). */
  public static CopyText rows(String providerId, long batchId, List<ValidRecord> records) {
    CopyText copy = new CopyText(records.size());
    for (ValidRecord r : records) {
      copy.field(r.subject().value()).field(providerId).field(r.reference()).field(r.type());
      copy.field(r.action().name()).field(r.supersedes()).field(r.eventDate().toString());
      copy.field(r.documentNo()).field(r.legalBasis()).field(r.attributesJson());
      copy.bytes(r.contentHash()).field(batchId);
      copy.endRow();
    }
    return copy;
  }

  /** The stored versions that a chunk's corrections and revocations name. */
  public static Map<String, Superseded> superseded(
      Connection c, String providerId, Set<String> references) throws SQLException {
    Map<String, Superseded> found = new HashMap<>();
    if (references.isEmpty()) {
      return found;
    }
    try (var ps =
        c.prepareStatement(
            "select r.reference, r.subject_code, r.type_code, r.action,"
                + " exists (select 1 from credit_record n where n.provider_id = r.provider_id"
                + "   and n.supersedes_reference = r.reference)"
                + " from credit_record r where r.provider_id = ? and r.reference = any (?)")) {
      ps.setString(1, providerId);
      ps.setArray(2, c.createArrayOf("text", references.toArray()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(
              rs.getString(1),
              new Superseded(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
        }
      }
    }
    return found;
  }

  /** A stored version that a new one wants to supersede. */
  public record Superseded(String subject, String type, String action, boolean alreadySuperseded) {}
}
