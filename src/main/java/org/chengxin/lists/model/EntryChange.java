package org.chengxin.lists.model;

import java.time.LocalDate;
import java.util.Objects;

/** One step of an entry's life, as recorded: from where to where, when, by whom and why. */
public record EntryChange(
    EntryState from, EntryState to, LocalDate on, String actor, String reason) {
  public EntryChange {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    if (actor == null || actor.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("every change of a list entry names who and why");
    }
  }
}
