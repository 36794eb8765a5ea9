package org.chengxin.scoring.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A full rescore of everyone one scheme version covers, as of one day. Its results are staged and
 * become visible all at once when it is {@link State#DONE}.
 *
 * @param snapshotSeq stored scores written with a later sequence number (by an ingest while the job
 *     ran) are newer than the job's own and are kept
 * @param total subjects to score, known once the job has read the population
 * @param changed subjects whose score differs from the one readers saw before the switch
 * @param stagedAt when everyone was scored and staged (the switch took the rest until finishedAt)
 */
public record RescoreJob(
    long id,
    String schemeId,
    int schemeVersion,
    LocalDate asOf,
    String reason,
    State state,
    long snapshotSeq,
    long total,
    long done,
    long changed,
    String requestedBy,
    Instant startedAt,
    Instant stagedAt,
    Instant finishedAt,
    String error) {

  /** RUNNING → DONE (switched) or FAILED (nothing switched; the old scores still serve). */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  public String label() {
    return "rescore " + id + " (" + schemeId + " v" + schemeVersion + " as of " + asOf + ")";
  }
}
