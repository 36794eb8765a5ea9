package org.chengxin.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A declared composite as per-dimension weights in percent (zero for dimensions it leaves out) and
 * its tiers. The weighted sum is exact; it is rounded once, half away from zero.
 */
final class CompiledComposite {

  private final long[] weights;
  private final TierTable tiers;

  CompiledComposite(String owner, Composite composite, Map<String, Integer> dimensionIndex) {
    weights = new long[dimensionIndex.size()];
    int total = 0;
    for (Map.Entry<String, Integer> weight : composite.weights().entrySet()) {
      Integer index = dimensionIndex.get(weight.getKey());
      if (index == null || weight.getValue() < 0) {
        throw new IllegalArgumentException(
            owner + ", composite: weight " + weight + " needs a declared dimension and 0 or more");
      }
      weights[index] = weight.getValue();
      total += weight.getValue();
    }
    if (total != 100) {
      throw new IllegalArgumentException(
          owner + ", composite: weights sum to " + total + ", not 100");
    }
    tiers = new TierTable(owner + ", composite", composite.tiers());
  }

  CompositeScore score(int[] dimensionScores) {
    long weighted = 0;
    for (int i = 0; i < weights.length; i++) {
      weighted += weights[i] * dimensionScores[i];
    }
    // weighted / 100 exactly, as a decimal with two places.
    int score = BigDecimal.valueOf(weighted, 2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    return new CompositeScore(score, tiers.rating(score));
  }
}
