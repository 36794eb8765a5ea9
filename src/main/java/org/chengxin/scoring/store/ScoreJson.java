package org.chengxin.scoring.store;

import java.util.List;
import org.chengxin.scoring.model.CompositeScore;
import org.chengxin.scoring.model.DimensionScore;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb forms of a stored score's dimensions and composite. */
final class ScoreJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<DimensionScore>> DIMENSIONS = new TypeReference<>() {};

  private ScoreJson() {}

  static String dimensions(List<DimensionScore> dimensions) {
    return JSON.writeValueAsString(dimensions);
  }

  static String composite(CompositeScore composite) {
    return composite == null ? null : JSON.writeValueAsString(composite);
  }

  static List<DimensionScore> dimensions(String json) {
    return JSON.readValue(json, DIMENSIONS);
  }

  static CompositeScore composite(String json) {
    return json == null ? null : JSON.readValue(json, CompositeScore.class);
  }
}
