package org.chengxin.ingest.file;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chengxin.ingest.model.Submission;
import org.chengxin.platform.csv.CsvReader;

/**
 * CSV import rows. The header names the columns (snake_case or camelCase); {@code attributes} holds
 * a JSON object.
 */
final class CsvSubmissions extends SubmissionFile {
  private static final List<String> KNOWN =
      List.of(
          "reference",
          "subject",
          "subjectname",
          "type",
          "eventdate",
          "documentno",
          "legalbasis",
          "attributes",
          "action",
          "supersedes");

  private final CsvReader csv;
  private final Reader reader;
  private final int[] column = new int[KNOWN.size()];
  private long index;

  CsvSubmissions(Reader reader) throws IOException {
    this.reader = reader;
    this.csv = new CsvReader(reader);
    List<String> header = csv.next();
    if (header == null) {
      throw new IllegalArgumentException("the CSV file is empty: it needs a header line");
    }
    java.util.Arrays.fill(column, -1);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().replace("_", "").toLowerCase(Locale.ROOT);
      if (i == 0 && h.startsWith("\uFEFF")) {
        h = h.substring(1);
      }
      int k = KNOWN.indexOf(h);
      if (k < 0) {
        throw new IllegalArgumentException(
            "unknown CSV column '" + header.get(i) + "'; known: " + String.join(", ", KNOWN));
      }
      column[k] = i;
    }
    for (String required : List.of("reference", "subject", "type", "eventdate", "documentno")) {
      if (column[KNOWN.indexOf(required)] < 0) {
        throw new IllegalArgumentException("the CSV header lacks the column '" + required + "'");
      }
    }
  }

  @Override
  public FileRow next() throws IOException {
    List<String> fields;
    do {
      fields = csv.next();
      if (fields == null) {
        return null;
      }
    } while (fields.size() == 1 && fields.get(0).isBlank());
    long i = ++index;
    if (fields.size() > KNOWN.size() || fields.size() < countColumns()) {
      return new FileRow.Unreadable(
          i, "has " + fields.size() + " fields, the header " + countColumns());
    }
    Map<String, Object> attributes;
    try {
      attributes = Attributes.parse(get(fields, 7));
    } catch (IllegalArgumentException e) {
      return new FileRow.Unreadable(i, "attributes: " + e.getMessage());
    }
    return new FileRow.Read(
        i,
        new Submission(
            get(fields, 0),
            get(fields, 1),
            get(fields, 2),
            get(fields, 3),
            get(fields, 4),
            get(fields, 5),
            get(fields, 6),
            attributes,
            get(fields, 8),
            get(fields, 9)));
  }

  private int countColumns() {
    int n = 0;
    for (int c : column) {
      n += c >= 0 ? 1 : 0;
    }
    return n;
  }

  private String get(List<String> fields, int known) {
    int c = column[known];
    return c < 0 || c >= fields.size() ? null : fields.get(c);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
