package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;

/**
 * What the engine needs to know about one record version: the fact itself and the facts about it
 * (its place in the version chain, when its publicity ends, repair and objection). The caller
 * computes these from the store; the engine never looks anything up.
 *
 * @param id unique among one subject's records; ties between records of the same day are broken by
 *     it, so it must be stable
 * @param attributes typed values: {@code BigDecimal}, {@code Long}, {@code String}, {@code Boolean}
 *     (other {@code Number}s are accepted and compared by value)
 * @param legalBasis the basis the provider cited; blank means the catalog type's
 * @param publicityEnd the first day the record no longer counts (see {@link #publicityEnd})
 * @param repaired credit repair granted: the record's effect has ended early
 * @param underObjection an objection is open; the scheme's {@link ObjectionPolicy} decides
 */
public record ScoredRecord(
    String id,
    String type,
    LocalDate eventDate,
    Map<String, Object> attributes,
    String legalBasis,
    RecordAction action,
    VersionStatus status,
    LocalDate publicityEnd,
    boolean repaired,
    boolean underObjection) {

  public ScoredRecord {
    Objects.requireNonNull(id, "record id");
    Objects.requireNonNull(type, () -> "record " + id + ": type");
    Objects.requireNonNull(eventDate, () -> "record " + id + ": eventDate");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    legalBasis = legalBasis == null ? "" : legalBasis;
    Objects.requireNonNull(action, () -> "record " + id + ": action");
    Objects.requireNonNull(status, () -> "record " + id + ": status");
    Objects.requireNonNull(publicityEnd, () -> "record " + id + ": publicityEnd");
  }

  /** A stored version as the engine sees it, its publicity end taken from its catalog type. */
  public static ScoredRecord of(
      CreditRecord record, RecordType type, boolean repaired, boolean underObjection) {
    return new ScoredRecord(
        String.valueOf(record.id()),
        record.type(),
        record.eventDate(),
        record.attributes(),
        record.legalBasis(),
        record.action(),
        record.status(),
        publicityEnd(type, record.eventDate()),
        repaired,
        underObjection);
  }

  /**
   * The first day a record of this type no longer counts: the event date plus the type's maximum
   * publicity period (NDRC Order 58: publication stops automatically at the maximum).
   */
  public static LocalDate publicityEnd(RecordType type, LocalDate eventDate) {
    return eventDate.plus(type.publicity().maximum());
  }

  /**
   * Whether the record counts on {@code asOf}: the current version of a fact (not superseded, not a
   * revocation), not repaired, already happened, still inside its publicity period, and not
   * suspended by an open objection.
   */
  public boolean countsOn(LocalDate asOf, ObjectionPolicy onObjection) {
    return status == VersionStatus.CURRENT
        && action != RecordAction.REVOKE
        && !repaired
        && !eventDate.isAfter(asOf)
        && asOf.isBefore(publicityEnd)
        && !(underObjection && onObjection == ObjectionPolicy.SUSPENDED);
  }
}
