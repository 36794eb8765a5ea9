package org.chengxin.records.model;

/** Where a record version stands in its chain. */
public enum VersionStatus {
  /** The latest version, and it states a fact. */
  CURRENT,
  /** A later version by the same provider corrected it. */
  CORRECTED,
  /** A later version by the same provider revoked it (or this version is the revocation). */
  REVOKED
}
