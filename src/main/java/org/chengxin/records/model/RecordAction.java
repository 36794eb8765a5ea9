package org.chengxin.records.model;

/** What a record version does: states a fact, corrects an earlier version, or revokes it. */
public enum RecordAction {
  CREATE,
  CORRECT,
  REVOKE;

  public boolean supersedes() {
    return this != CREATE;
  }
}
