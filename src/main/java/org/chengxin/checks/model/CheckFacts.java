package org.chengxin.checks.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a check needs to know about a subject, and no more: its active list entries, its ratings and
 * the types of its current records.
 *
 * @param activeEntries by list id
 * @param ratings by {@code schemeId/dimension}
 * @param answersFor the active list entries of organisations the subject (a person) answers for
 *     today as legal representative, principal, responsible person or actual controller
 */
public record CheckFacts(
    String subject,
    Map<String, ActiveEntry> activeEntries,
    Map<String, String> ratings,
    Set<String> recordTypes,
    List<RepresentedEntry> answersFor) {

  public CheckFacts {
    activeEntries = Map.copyOf(activeEntries);
    ratings = Map.copyOf(ratings);
    recordTypes = Set.copyOf(recordTypes);
    answersFor = List.copyOf(answersFor);
  }

  public CheckFacts(
      String subject,
      Map<String, ActiveEntry> activeEntries,
      Map<String, String> ratings,
      Set<String> recordTypes) {
    this(subject, activeEntries, ratings, recordTypes, List.of());
  }

  /** An active list entry: which, and until when. */
  public record ActiveEntry(String entryId, LocalDate endsOn) {}

  /** An organisation's active entry, and the role in which the subject answers for it. */
  public record RepresentedEntry(
      String organisation, String role, String listId, ActiveEntry entry) {}

  public static String ratingKey(String schemeId, String dimension) {
    return schemeId + "/" + dimension;
  }
}
