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
import org.chengxin.platform.db.PgArrays;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.model.ScoredRecord;
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
  private static final int SUBJECTS_PER_QUERY = 5_000;
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

  private final Catalog catalog;
  private final String attributeTypes;
  private final Map<String, RecordType> types = new HashMap<>();

  /**
   * @param attributeTypes the record types whose attributes the schemes read
   */
  public PopulationReader(Catalog catalog, Set<String> attributeTypes) {
    this.catalog = catalog;
    this.attributeTypes = PgArrays.literal(attributeTypes);
  }

  /** Receives one subject with its record versions (maybe none). */
  @FunctionalInterface
  public interface Handler {
    void subject(String code, SubjectKind kind, String region, List<ScoredRecord> records);
  }

  /**
   * Every subject of these kinds in the region prefix, except those whose code failed its check.
   */
  public void covered(Connection c, Set<SubjectKind> kinds, String regionPrefix, Handler handler)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            SELECT
                + " where s.kind = any (cast(? as text[])) and s.region like ?"
                + " and not s.check_failed order by s.code")) {
      ps.setString(1, attributeTypes);
      ps.setString(2, PgArrays.literal(kinds.stream().map(Enum::name).toList()));
      ps.setString(3, regionPrefix.replace("%", "").replace("_", "") + "%");
      stream(ps, handler);
    }
  }

  /** These subjects (those not registered are left out). */
  public void subjects(Connection c, Collection<String> codes, Handler handler)
      throws SQLException {
    List<String> all = List.copyOf(codes);
    for (int from = 0; from < all.size(); from += SUBJECTS_PER_QUERY) {
      List<String> part = all.subList(from, Math.min(all.size(), from + SUBJECTS_PER_QUERY));
      try (PreparedStatement ps =
          c.prepareStatement(SELECT + " where s.code = any (cast(? as text[])) order by s.code")) {
        ps.setString(1, attributeTypes);
        ps.setString(2, PgArrays.literal(part));
        stream(ps, handler);
      }
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
