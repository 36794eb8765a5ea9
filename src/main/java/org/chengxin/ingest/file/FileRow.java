package org.chengxin.ingest.file;

import org.chengxin.ingest.model.Submission;

/** One data row of an import file: a submission, or why the row could not even be read. */
public sealed interface FileRow {
  long index();

  record Read(long index, Submission submission) implements FileRow {}

  record Unreadable(long index, String message) implements FileRow {}
}
