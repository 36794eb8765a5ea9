package org.chengxin.checks.model;

/** One reason a measure may not be used, naming the measure and the guardrail it breaks. */
public record MeasureViolation(String measure, String guardrail, String message) {}
