package org.chengxin.ingest.app;

import java.util.List;
import org.chengxin.ingest.model.ItemError;

/** The answer to a batch submission: stored (fully or idempotently), or refused whole. */
public sealed interface IngestOutcome {

  /** Stored. {@code duplicates} were already present with identical content and changed nothing. */
  record Accepted(long batchId, int received, int created, List<String> duplicates)
      implements IngestOutcome {}

  /** Nothing stored: why, and for which items. */
  record Refused(Reason reason, List<ItemError> errors) implements IngestOutcome {}

  enum Reason {
    /** Some item is outside the provider's authorisation (403, audited). */
    UNAUTHORISED,
    /** Some item failed validation (422). */
    INVALID,
    /** Some item reused a reference for different content (409). */
    CONFLICT
  }
}
