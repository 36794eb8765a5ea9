package org.chengxin.providers.model;

/** The answer to "may this provider submit this record?". */
public sealed interface Authorisation {
  record Allowed() implements Authorisation {}

  record Refused(String reason) implements Authorisation {}
}
