package org.chengxin.lists.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A subject's entry on one list. Immutable: every step makes a new value with one more change in
 * its history (see {@link EntryLifecycle}).
 *
 * @param basis what met the criteria (record ids, a rating), shown to the subject in the notice
 * @param notifiedOn null until the subject is told
 * @param activeFrom null until active
 * @param endsOn the day it expires; null until active
 * @param history every change, oldest first; the first is the proposal
 */
public record ListEntry(
    String id,
    String listId,
    String subject,
    String basis,
    EntryState state,
    LocalDate notifiedOn,
    LocalDate activeFrom,
    LocalDate endsOn,
    List<EntryChange> history) {

  public ListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
    if (history.isEmpty() || history.get(history.size() - 1).to() != state) {
      throw new IllegalArgumentException("entry " + id + ": its history must end in its state");
    }
  }

  public LocalDate proposedOn() {
    return history.get(0).on();
  }

  ListEntry moved(
      EntryState to,
      LocalDate on,
      String actor,
      String reason,
      LocalDate notified,
      LocalDate active,
      LocalDate ends) {
    List<EntryChange> next = new ArrayList<>(history);
    next.add(new EntryChange(state, to, on, actor, reason));
    return new ListEntry(id, listId, subject, basis, to, notified, active, ends, next);
  }
}
