package org.chengxin.catalog.model;

/**
 * The three grades of the 2025 State Council plan; they bound publicity periods and the points a
 * scheme may attach to a record.
 */
public enum Severity {
  MINOR,
  GENERAL,
  SERIOUS
}
