package org.chengxin.scoring.store;

import java.time.Instant;
import org.chengxin.scoring.model.ScoreSummary;

/** A stored score as read back, with why and when it was computed. */
public record StoredScore(ScoreSummary summary, String cause, Instant computedAt) {}
