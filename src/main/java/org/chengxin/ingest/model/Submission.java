package org.chengxin.ingest.model;

import java.util.Map;

/**
 * One record as a provider sends it, fields still raw text (JSON, CSV or JSON Lines alike). {@code
 * action} defaults to CREATE; {@code supersedes} names the provider's own reference of the version
 * a CORRECT or REVOKE replaces.
 */
public record Submission(
    String reference,
    String subject,
    String subjectName,
    String type,
    String eventDate,
    String documentNo,
    String legalBasis,
    Map<String, Object> attributes,
    String action,
    String supersedes) {

  public Submission {
    attributes = attributes == null ? Map.of() : attributes;
  }
}
