package org.chengxin.records.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored version of a credit record (信用记录): who said what about whom, on what basis. The {@code
 * status} tells whether a later version by the same provider corrected or revoked it.
 */
public record CreditRecord(
    long id,
    String subject,
    String provider,
    String reference,
    String type,
    RecordAction action,
    String supersedes,
    LocalDate eventDate,
    String documentNo,
    String legalBasis,
    Map<String, Object> attributes,
    Instant ingestedAt,
    VersionStatus status,
    String supersededBy) {

  public CreditRecord {
    attributes = Map.copyOf(attributes);
  }
}
