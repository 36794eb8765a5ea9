package org.chengxin.scoring.model;

import java.util.Objects;

/** One subject's score summary under one scheme version, as written to the store. */
public record SubjectScore(String subject, ScoreSummary summary) {
  public SubjectScore {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(summary, "summary");
  }
}
