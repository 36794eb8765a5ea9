package org.chengxin.scoring.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.platform.db.PgArrays;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.model.ScoredRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored record rows into what the engine sees, for one read: catalog types looked up once,
 * attributes parsed only for the types a rule reads them from (equal texts parsed once).
 */
final class RecordRows {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final int ATTRIBUTE_CACHE = 65_536;

  private final Catalog catalog;
  private final Set<String> attributeTypes;
  private final Map<String, RecordType> types = new HashMap<>();
  private final Map<String, Map<String, Object>> parsedAttributes = new HashMap<>();

  RecordRows(Catalog catalog, Set<String> attributeTypes) {
    this.catalog = catalog;
    this.attributeTypes = Set.copyOf(attributeTypes);
  }

  /** The attribute-reading types as a text[] literal, for a bound parameter. */
  String attributeTypesArray() {
    return PgArrays.literal(attributeTypes);
  }

  /** The attribute-reading types as a quoted SQL list, for COPY (which takes no parameters). */
  String attributeTypesList() {
    if (attributeTypes.isEmpty()) {
      return "null";
    }
    StringBuilder sb = new StringBuilder();
    for (String v : attributeTypes) {
      sb.append(sb.isEmpty() ? "'" : ", '").append(v.replace("'", "''")).append('\'');
    }
    return sb.toString();
  }

  /**
   * The version as the engine sees it; null for a type the catalog no longer has.
   *
   * @param attributesJson null where the type's attributes were not read
   * @param nextAction the action of the version that supersedes this one, or null
   */
  ScoredRecord record(
      long id,
      String typeCode,
      String action,
      LocalDate eventDate,
      String attributesJson,
      String nextAction) {
    RecordType type = types.computeIfAbsent(typeCode, t -> catalog.find(t).orElse(null));
    if (type == null) {
      return null;
    }
    RecordAction a = RecordAction.valueOf(action);
    return new ScoredRecord(
        Long.toString(id),
        type.code(),
        eventDate,
        attributes(attributesJson),
        "",
        a,
        status(a, nextAction),
        ScoredRecord.publicityEnd(type, eventDate),
        false,
        false);
  }

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

  private static VersionStatus status(RecordAction action, String nextAction) {
    if (nextAction == null) {
      return action == RecordAction.REVOKE ? VersionStatus.REVOKED : VersionStatus.CURRENT;
    }
    return nextAction.equals("REVOKE") ? VersionStatus.REVOKED : VersionStatus.CORRECTED;
  }
}
