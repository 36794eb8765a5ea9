package org.chengxin.checks.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a check needs to know about a subject, and no more: its active list entries, its ratings and
 * the types of its current records.
 *
 * @param activeEntries by list id
 * @param ratings by {@code schemeId/dimension}
 */
public record CheckFacts(
    String subject,
    Map<String, ActiveEntry> activeEntries,
    Map<String, String> ratings,
    Set<String> recordTypes) {

  public CheckFacts {
    activeEntries = Map.copyOf(activeEntries);
    ratings = Map.copyOf(ratings);
    recordTypes = Set.copyOf(recordTypes);
  }

  /** An active list entry: which, and until when. */
  public record ActiveEntry(String entryId, LocalDate endsOn) {}

  public static String ratingKey(String schemeId, String dimension) {
    return schemeId + "/" + dimension;
  }
}
