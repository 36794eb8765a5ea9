package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chengxin.ingest.model.CanonicalJson;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  @Test
  void keysAreSortedAndNumbersWrittenPlainly() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", new BigDecimal("1000.50"));
    m.put("a", 7L);
    m.put("c", "引号\"与\\反斜杠\n");
    assertThat(CanonicalJson.of(m)).isEqualTo("{\"a\":7,\"b\":1000.5,\"c\":\"引号\\\"与\\\\反斜杠\\n\"}");
  }

  @Test
  void equalValuesInDifferentFormsGiveEqualText() {
    assertThat(CanonicalJson.of(Map.of("x", new BigDecimal("12.000"))))
        .isEqualTo(CanonicalJson.of(Map.of("x", new BigDecimal("12"))));
    assertThat(CanonicalJson.of(Map.of("x", new BigDecimal("1E+3")))).isEqualTo("{\"x\":1000}");
  }
}
