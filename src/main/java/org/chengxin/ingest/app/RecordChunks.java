package org.chengxin.ingest.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chengxin.identity.app.RegisterSubject;
import org.chengxin.identity.app.SubjectPinyin;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.ValidRecord;
import org.chengxin.ingest.store.RecordWriter;
import org.chengxin.ingest.store.RecordWriter.Superseded;
import org.springframework.stereotype.Component;

/**
 * Stores one chunk of checked records inside the caller's transaction: drops exact repeats within
 * the chunk, checks that corrections and revocations name a live version of the same subject and
 * type, registers unknown subjects, then writes. With {@code dropRefused} the refused records are
 * reported and the rest stored; without it, any refusal stores nothing.
 */
@Component
class RecordChunks {
  private final SubjectPinyin pinyin;

  RecordChunks(SubjectPinyin pinyin) {
    this.pinyin = pinyin;
  }

  ChunkResult store(
      Connection c, String providerId, long batchId, List<ValidRecord> chunk, boolean dropRefused)
      throws SQLException {
    List<ItemError> errors = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    Map<String, ValidRecord> unique = dedupe(chunk, duplicates, errors);
    checkSupersession(c, providerId, unique, errors);
    if (!errors.isEmpty() && !dropRefused) {
      return new ChunkResult(0, duplicates, errors);
    }
    Set<String> refused = errors.stream().map(ItemError::reference).collect(Collectors.toSet());
    List<ValidRecord> toWrite =
        unique.values().stream().filter(r -> !refused.contains(r.reference())).toList();
    SubjectStore.registerMissing(c, newSubjects(c, toWrite));
    var written = RecordWriter.write(c, providerId, batchId, toWrite);
    if (!written.conflicts().isEmpty()) {
      errors.addAll(written.conflicts());
      if (!dropRefused) {
        return new ChunkResult(0, duplicates, errors);
      }
      Set<String> conflicting =
          written.conflicts().stream().map(ItemError::reference).collect(Collectors.toSet());
      written =
          RecordWriter.write(
              c,
              providerId,
              batchId,
              toWrite.stream().filter(r -> !conflicting.contains(r.reference())).toList());
    }
    duplicates.addAll(written.duplicates());
    return new ChunkResult(written.created(), duplicates, errors);
  }

  private static Map<String, ValidRecord> dedupe(
      List<ValidRecord> chunk, List<String> duplicates, List<ItemError> errors) {
    Map<String, ValidRecord> unique = new LinkedHashMap<>(chunk.size() * 2);
    for (ValidRecord r : chunk) {
      ValidRecord earlier = unique.putIfAbsent(r.reference(), r);
      if (earlier == null) {
        continue;
      }
      if (Arrays.equals(earlier.contentHash(), r.contentHash())) {
        duplicates.add(r.reference());
      } else {
        errors.add(
            new ItemError(
                r.index(),
                r.reference(),
                "reference",
                "reference repeats item " + earlier.index() + " with different content"));
      }
    }
    return unique;
  }

  private static void checkSupersession(
      Connection c, String providerId, Map<String, ValidRecord> unique, List<ItemError> errors)
      throws SQLException {
    Set<String> named =
        unique.values().stream()
            .map(ValidRecord::supersedes)
            .filter(s -> s != null)
            .collect(Collectors.toSet());
    if (named.isEmpty()) {
      return;
    }
    Map<String, Superseded> stored = RecordWriter.superseded(c, providerId, named);
    Map<String, ValidRecord> claimedBy = new HashMap<>();
    for (ValidRecord r : unique.values()) {
      if (r.supersedes() == null) {
        continue;
      }
      String problem = supersessionProblem(r, stored.get(r.supersedes()), unique, claimedBy);
      if (problem != null) {
        errors.add(new ItemError(r.index(), r.reference(), "supersedes", problem));
      }
    }
  }

  private static String supersessionProblem(
      ValidRecord r,
      Superseded stored,
      Map<String, ValidRecord> unique,
      Map<String, ValidRecord> claimedBy) {
    ValidRecord inChunk = unique.get(r.supersedes());
    if (stored == null && (inChunk == null || inChunk.index() > r.index())) {
      return "no earlier record with reference '" + r.supersedes() + "' from this provider";
    }
    String subject = stored != null ? stored.subject() : inChunk.subject().value();
    String type = stored != null ? stored.type() : inChunk.type();
    String action = stored != null ? stored.action() : inChunk.action().name();
    if (!subject.equals(r.subject().value()) || !type.equals(r.type())) {
      return "'" + r.supersedes() + "' is about another subject or record type";
    }
    if (action.equals("REVOKE")) {
      return "'" + r.supersedes() + "' is a revocation and cannot be superseded";
    }
    ValidRecord rival = claimedBy.putIfAbsent(r.supersedes(), r);
    if ((stored != null && stored.alreadySuperseded()) || rival != null) {
      return "'" + r.supersedes() + "' was already superseded; supersede its latest version";
    }
    return null;
  }

  /** Rows for the subjects not registered yet; pinyin is worked out only for those. */
  private List<SubjectRow> newSubjects(Connection c, List<ValidRecord> records)
      throws SQLException {
    Map<String, ValidRecord> first = new HashMap<>();
    for (ValidRecord r : records) {
      first.putIfAbsent(r.subject().value(), r);
    }
    List<SubjectRow> rows = new ArrayList<>();
    for (String code : SubjectStore.unknown(c, first.keySet())) {
      ValidRecord r = first.get(code);
      String name = r.subjectName() == null ? "" : r.subjectName();
      rows.add(
          RegisterSubject.rowOf(
              r.subject(), name, pinyin.of(r.subject().kind(), name), false, "ingest"));
    }
    return rows;
  }
}
