package org.chengxin.scoring.model;

import java.util.List;
import java.util.Objects;

/** What a lifecycle step answers: the version it produced, or why it was refused. */
public sealed interface Transition {

  record Done(SchemeVersion version) implements Transition {
    public Done {
      Objects.requireNonNull(version, "version");
    }
  }

  /**
   * @param violations the guardrails a refused publication broke; empty for other refusals
   */
  record Refused(String reason, List<SchemeViolation> violations) implements Transition {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      violations = List.copyOf(violations);
    }

    Refused(String reason) {
      this(reason, List.of());
    }
  }
}
