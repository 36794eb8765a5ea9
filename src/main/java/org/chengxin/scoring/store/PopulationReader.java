package org.chengxin.scoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.platform.db.CopyText;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.model.ScoredRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams subjects with their record versions as the engine sees them, grouped by subject, on the
 * caller's connection (inside its transaction, so a job reads one snapshot). Reads only what
 * scoring needs: attributes only of the types a rule reads them from, no legal basis (stored scores
 * keep no explanation), version status from a join with the few correcting versions.
 */
public final class PopulationReader {
  private static final int FETCH = 10_000;
  private static final int SUBJECTS_PER_QUERY = 1_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String SELECT =
      """
      select s.code, s.kind, s.region, r.id, r.type_code, r.action, r.event_date,
             case when r.type_code = any (cast(? as text[])) then r.attributes::text end,
             n.action
      from subject s
      left join credit_record r on r.subject_code = s.code
      left join (select provider_id, supersedes_reference, action from credit_record
                 where supersedes_reference is not null) n
        on n.provider_id = r.provider_id and n.supersedes_reference = r.reference
      """;

  private static final int ATTRIBUTE_CACHE = 65_536;

  private final Catalog catalog;
  private final String attributeTypes;
  private final String attributeTypesList;
  private final Map<String, RecordType> types = new HashMap<>();
  private final Map<String, Map<String, Object>> parsedAttributes = new HashMap<>();

  /**
   * @param attributeTypes the record types whose attributes the schemes read
   */
  public PopulationReader(Catalog catalog, Set<String> attributeTypes) {
    this.catalog = catalog;
    this.attributeTypes = PgArrays.literal(attributeTypes);
    this.attributeTypesList = quotedList(attributeTypes);
  }

  /** Receives one subject with its record versions (maybe none). */
  @FunctionalInterface
  public interface Handler {
    void subject(String code, SubjectKind kind, String region, List<ScoredRecord> records);
  }

  /**
   * Every subject of these kinds in the region prefix, except those whose code failed its check, in
   * code order. The subjects are read first, then their records come sorted by subject through one
   * COPY (a sort of the records alone is far cheaper than of their join with the subjects) and the
   * two are merged here.
   */
  public void covered(Connection c, Set<SubjectKind> kinds, String regionPrefix, Handler handler)
      throws SQLException {
    String where = coverage(kinds, regionPrefix);
    List<String[]> subjects = new ArrayList<>();
    try (var st = c.createStatement()) {
      st.setFetchSize(FETCH);
      try (ResultSet rs =
          st.executeQuery(
              "select code, kind, region from subject where "
                  + where
                  + " order by code collate \"C\"")) {
        while (rs.next()) {
          subjects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    CopyOut copy =
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyOut(
                "copy (select r.subject_code, r.id, r.type_code, r.action, r.event_date,"
                    + " case when r.type_code in ("
                    + attributeTypesList
                    + ") then r.attributes::text end, n.action"
                    + " from credit_record r"
                    + " left join (select provider_id, supersedes_reference, action"
                    + "   from credit_record where supersedes_reference is not null) n"
                    + "  on n.provider_id = r.provider_id and n.supersedes_reference = r.reference"
                    + " where r.subject_code in (select code from subject where "
                    + where
                    + ") order by r.subject_code collate \"C\") to stdout");
    try {
      new Merge(subjects, handler).run(copy);
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** Walks the sorted subjects and the sorted record rows side by side. */
  private final class Merge {
    private final List<String[]> subjects;
    private final Handler handler;
    private final CopyFields fields = new CopyFields();
    private int next;
    private String[] current;
    private List<ScoredRecord> records = new ArrayList<>();

    Merge(List<String[]> subjects, Handler handler) {
      this.subjects = subjects;
      this.handler = handler;
    }

    void run(CopyOut copy) throws SQLException {
      for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
        fields.of(row);
        if (current == null || !fields.is(0, current[0])) {
          moveTo(fields.text(0));
        }
        if (current != null) {
          ScoredRecord r = record(fields);
          if (r != null) {
            records.add(r);
          }
        }
      }
      moveTo(null);
    }

    /** Emits the current subject and every subject without records before {@code code}. */
    private void moveTo(String code) {
      if (current != null) {
        emit(current, records);
        records = new ArrayList<>();
        current = null;
      }
      while (next < subjects.size()
          && (code == null || subjects.get(next)[0].compareTo(code) < 0)) {
        emit(subjects.get(next++), List.of());
      }
      if (code != null && next < subjects.size() && subjects.get(next)[0].equals(code)) {
        current = subjects.get(next++);
      }
    }

    private void emit(String[] subject, List<ScoredRecord> list) {
      handler.subject(subject[0], SubjectKind.valueOf(subject[1]), subject[2], list);
    }
  }

  private ScoredRecord record(CopyFields f) {
    String typeCode = f.text(2);
    RecordType type = types.computeIfAbsent(typeCode, t -> catalog.find(t).orElse(null));
    if (type == null) {
      return null;
    }
    RecordAction action = RecordAction.valueOf(f.text(3));
    LocalDate eventDate = f.date(4);
    return new ScoredRecord(
        Long.toString(f.number(1)),
        type.code(),
        eventDate,
        attributes(f.text(5)),
        "",
        action,
        status(action, f.isNull(6) ? null : f.text(6)),
        ScoredRecord.publicityEnd(type, eventDate),
        false,
        false);
  }

  /** Parsed attributes; equal texts (frequent: small counts, round amounts) are parsed once. */
  private Map<String, Object> attributes(String json) {
    if (json == null) {
      return Map.of();
    }
    Map<String, Object> parsed = parsedAttributes.get(json);
    if (parsed == null) {
      parsed = Map.copyOf(JSON.readValue(json, MAP));
      if (parsedAttributes.size() >= ATTRIBUTE_CACHE) {
        parsedAttributes.clear();
      }
      parsedAttributes.put(json, parsed);
    }
    return parsed;
  }

  /** The coverage as SQL; kinds are enum names and the prefix is checked to be digits. */
  private static String coverage(Set<SubjectKind> kinds, String regionPrefix) {
    if (!regionPrefix.matches("[0-9]{0,6}") || kinds.isEmpty()) {
      throw new IllegalArgumentException("coverage must be digits and some kinds: " + regionPrefix);
    }
    StringBuilder in = new StringBuilder();
    for (SubjectKind k : kinds) {
      in.append(in.isEmpty() ? "'" : ", '").append(k.name()).append('\'');
    }
    return "kind in (" + in + ") and region like '" + regionPrefix + "%' and not check_failed";
  }

  private static String quotedList(Set<String> values) {
    if (values.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      sb.append(sb.isEmpty() ? "'" : ", '").append(v.replace("'", "''")).append('\'');
    }
    return sb.toString();
  }

  /** What a scheme covers: subjects of these kinds registered under this region prefix. */
  public record Coverage(Set<SubjectKind> kinds, String regionPrefix) {}

  /**
   * These subjects, as far as one of the coverages includes them (those not registered, or not
   * covered, are left out: an ingest about a subject no scheme rates costs no read).
   */
  public void subjects(
      Connection c, Collection<String> codes, List<Coverage> coverages, Handler handler)
      throws SQLException {
    if (coverages.isEmpty()) {
      return;
    }
    StringBuilder covered = new StringBuilder();
    for (Coverage cov : coverages) {
      covered.append(covered.isEmpty() ? "(" : " or (");
      covered.append(coverage(cov.kinds(), cov.regionPrefix())).append(')');
    }
    if (codes.size() <= SUBJECTS_PER_QUERY) {
      try (PreparedStatement ps =
          c.prepareStatement(
              SELECT
                  + " where s.code = any (cast(? as text[])) and ("
                  + covered
                  + ") order by s.code")) {
        ps.setString(1, attributeTypes);
        ps.setString(2, PgArrays.literal(codes));
        stream(ps, handler);
      }
      return;
    }
    // Many subjects (a file import): one query over a table of them, with statistics.
    try (var st = c.createStatement()) {
      st.execute("create temp table if not exists score_touched (code varchar(18) primary key)");
      st.execute("truncate score_touched");
    }
    CopyText rows = new CopyText(codes.size());
    for (String code : codes) {
      rows.field(code).endRow();
    }
    rows.copyInto(c, "copy score_touched (code) from stdin");
    try (var st = c.createStatement()) {
      st.execute("analyze score_touched");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT.replace(
                    "from subject s", "from score_touched t join subject s on s.code = t.code")
                + " where ("
                + covered
                + ") order by s.code")) {
      ps.setString(1, attributeTypes);
      stream(ps, handler);
    }
  }

  private void stream(PreparedStatement ps, Handler handler) throws SQLException {
    ps.setFetchSize(FETCH);
    String code = null;
    SubjectKind kind = null;
    String region = null;
    List<ScoredRecord> records = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String next = rs.getString(1);
        if (!next.equals(code)) {
          if (code != null) {
            handler.subject(code, kind, region, records);
            records = new ArrayList<>();
          }
          code = next;
          kind = SubjectKind.valueOf(rs.getString(2));
          region = rs.getString(3);
        }
        long id = rs.getLong(4);
        if (!rs.wasNull()) {
          ScoredRecord record = record(rs, id);
          if (record != null) {
            records.add(record);
          }
        }
      }
    }
    if (code != null) {
      handler.subject(code, kind, region, records);
    }
  }

  /** The version as the engine sees it; null for a type the catalog no longer has. */
  private ScoredRecord record(ResultSet rs, long id) throws SQLException {
    String typeCode = rs.getString(5);
    RecordType type = types.computeIfAbsent(typeCode, t -> catalog.find(t).orElse(null));
    if (type == null) {
      return null;
    }
    RecordAction action = RecordAction.valueOf(rs.getString(6));
    LocalDate eventDate = rs.getObject(7, LocalDate.class);
    String attributes = rs.getString(8);
    return new ScoredRecord(
        Long.toString(id),
        typeCode,
        eventDate,
        attributes == null ? Map.of() : JSON.readValue(attributes, MAP),
        "",
        action,
        status(action, rs.getString(9)),
        ScoredRecord.publicityEnd(type, eventDate),
        false,
        false);
  }

  private static VersionStatus status(RecordAction action, String nextAction) {
    if (nextAction == null) {
      return action == RecordAction.REVOKE ? VersionStatus.REVOKED : VersionStatus.CURRENT;
    }
    return nextAction.equals("REVOKE") ? VersionStatus.REVOKED : VersionStatus.CORRECTED;
  }
}
