package org.chengxin.ingest.app;

import java.time.Duration;
import java.util.List;
import org.chengxin.ingest.model.ItemError;

/**
 * The result of a file import. {@code stored} is false when the file was refused whole (then {@code
 * created} is 0 and nothing changed). {@code errors} lists at most the first {@value
 * ImportRecords#MAX_LISTED_ERRORS} refused rows; {@code refusedRows} counts all.
 */
public record ImportReport(
    boolean stored,
    long rows,
    long created,
    long duplicates,
    long refusedRows,
    List<ItemError> errors,
    Duration elapsed) {

  public double recordsPerSecond() {
    double s = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return rows / s;
  }
}
