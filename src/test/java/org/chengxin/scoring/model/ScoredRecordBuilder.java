package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;

/** Test data: {@code record("r1", "loan-default", "2025-03-10").with("amount", 5000).build()}. */
public final class ScoredRecordBuilder {

  public static final Catalog CATALOG = CatalogYaml.readDefault();

  private final String id;
  private final String type;
  private final LocalDate eventDate;
  private final Map<String, Object> attributes = new HashMap<>();
  private RecordAction action = RecordAction.CREATE;
  private VersionStatus status = VersionStatus.CURRENT;
  private LocalDate publicityEnd;
  private boolean repaired;
  private boolean underObjection;

  private ScoredRecordBuilder(String id, String type, LocalDate eventDate) {
    this.id = id;
    this.type = type;
    this.eventDate = eventDate;
    this.publicityEnd = ScoredRecord.publicityEnd(CATALOG.find(type).orElseThrow(), eventDate);
  }

  public static ScoredRecordBuilder record(String id, String type, String eventDate) {
    return record(id, type, LocalDate.parse(eventDate));
  }

  public static ScoredRecordBuilder record(String id, String type, LocalDate eventDate) {
    return new ScoredRecordBuilder(id, type, eventDate);
  }

  /** Whole numbers become {@code Long}, others {@code BigDecimal}, as the store types them. */
  public ScoredRecordBuilder with(String attribute, Object value) {
    attributes.put(
        attribute,
        switch (value) {
          case Integer i -> (long) i;
          case Double d -> new BigDecimal(d.toString());
          default -> value;
        });
    return this;
  }

  public ScoredRecordBuilder action(RecordAction action) {
    this.action = action;
    return this;
  }

  public ScoredRecordBuilder status(VersionStatus status) {
    this.status = status;
    return this;
  }

  public ScoredRecordBuilder publicityEnd(LocalDate publicityEnd) {
    this.publicityEnd = publicityEnd;
    return this;
  }

  public ScoredRecordBuilder repaired() {
    this.repaired = true;
    return this;
  }

  public ScoredRecordBuilder underObjection() {
    this.underObjection = true;
    return this;
  }

  public ScoredRecord build() {
    return new ScoredRecord(
        id,
        type,
        eventDate,
        attributes,
        "",
        action,
        status,
        publicityEnd,
        repaired,
        underObjection);
  }
}
