package org.chengxin.records.model;

import java.util.Objects;
import java.util.Set;

/**
 * Published inside the transaction that stores new record versions, before it commits, so that
 * listeners (scoring) can bring what depends on these subjects up to date in the same commit.
 *
 * @param subjects the codes of every subject a stored version is about
 * @param types the catalog types of the stored versions
 * @param cause a short human account, e.g. {@code "batch 42 from court-weihai (3 records)"}
 */
public record RecordsStored(Set<String> subjects, Set<String> types, String cause) {
  public RecordsStored {
    subjects = Set.copyOf(subjects);
    types = Set.copyOf(types);
    Objects.requireNonNull(cause, "cause");
  }
}
