package org.chengxin.ingest.model;

import java.util.List;

/** The outcome of checking one submission. */
public sealed interface Checked {
  record Valid(ValidRecord record) implements Checked {}

  /** Refused; {@code unauthorised} marks a refusal of the provider's authority (403, audited). */
  record Invalid(List<ItemError> errors, boolean unauthorised) implements Checked {}
}
