package org.chengxin.ingest.file;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Parses an attributes cell: a flat JSON object, numbers with full decimal precision. */
final class Attributes {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Attributes() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      Object value = JSON.readValue(text, Object.class);
      if (!(value instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("must be a JSON object like {\"amount\": 1000}");
      }
      return (Map<String, Object>) map;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
  }
}
