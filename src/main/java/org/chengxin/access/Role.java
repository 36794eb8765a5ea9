package org.chengxin.access;

/** What a machine client may do. The full role set (subjects, reviewers …) arrives with logins. */
public enum Role {
  /** An authorised information provider: writes its own record types, reads what it submitted. */
  PROVIDER,
  /** Edits the catalog (and later the scoring schemes). */
  POLICY_ADMIN,
  /** Checks subjects for its registered purposes (customs, an airline, a procurement office). */
  RELYING_PARTY,
  /** Registers providers and issues or revokes their keys. */
  SYSTEM_ADMIN
}
