package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.platform.csv.CsvReader;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<List<String>> read(String text) throws IOException {
    CsvReader csv = new CsvReader(new StringReader(text));
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r = csv.next(); r != null; r = csv.next()) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
    var rows = read("a,\"b,1\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z,w\n");
    assertThat(rows)
        .containsExactly(
            List.of("a", "b,1", "say \"hi\"", "two\nlines"), List.of("x", "y", "z", "w"));
  }

  @Test
  void crlfLineEndsAndAMissingFinalLineEndAreAccepted() throws IOException {
    assertThat(read("a,b\r\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void emptyFieldsAreKept() throws IOException {
    assertThat(read(",,\n")).containsExactly(List.of("", "", ""));
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> read("a,b\nc,\"open\n")).hasMessageContaining("line 2");
  }
}
