package org.chengxin.ingest.file;

import java.io.BufferedReader;
import java.io.IOException;
import org.chengxin.ingest.model.Submission;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;

/** JSON Lines import rows: one JSON object per line with the HTTP API's field names. */
final class JsonLinesSubmissions extends SubmissionFile {
  private final BufferedReader reader;
  private long index;

  JsonLinesSubmissions(BufferedReader reader) {
    this.reader = reader;
  }

  @Override
  public FileRow next() throws IOException {
    String line;
    do {
      line = reader.readLine();
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    long i = ++index;
    try {
      Submission s =
          Attributes.JSON
              .readerFor(Submission.class)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(line);
      return new FileRow.Read(i, s);
    } catch (JacksonException e) {
      return new FileRow.Unreadable(i, "not a valid record object: " + e.getOriginalMessage());
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
