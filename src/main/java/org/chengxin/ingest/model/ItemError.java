package org.chengxin.ingest.model;

/** Why one item of a batch or one row of a file was refused. {@code index} counts from 1. */
public record ItemError(long index, String reference, String field, String message) {

  public String oneLine() {
    return "item "
        + index
        + (reference == null ? "" : " (" + reference + ")")
        + ": "
        + field
        + ": "
        + message;
  }
}
