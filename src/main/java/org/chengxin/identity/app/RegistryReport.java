package org.chengxin.identity.app;

import java.util.List;

/**
 * What a registry import did: rows read, subjects added and updated, codes kept though their check
 * character fails ({@code flagged}), and rows refused (the first of them listed).
 */
public record RegistryReport(
    long rows, long added, long updated, long flagged, long refused, List<String> errors) {}
