package org.chengxin.lists.model;

import java.util.Objects;

/** What a lifecycle step answers: the entry it produced, or why it was refused. */
public sealed interface EntryOutcome {
  record Moved(ListEntry entry) implements EntryOutcome {
    public Moved {
      Objects.requireNonNull(entry, "entry");
    }
  }

  record Refused(String reason) implements EntryOutcome {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
