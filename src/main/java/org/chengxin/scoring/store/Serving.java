package org.chengxin.scoring.store;

import java.time.Instant;
import java.time.LocalDate;

/** The version of one scheme readers see, from the full rescore that switched it in. */
public record Serving(
    String schemeId, int schemeVersion, LocalDate asOf, long jobId, Instant switchedAt) {}
