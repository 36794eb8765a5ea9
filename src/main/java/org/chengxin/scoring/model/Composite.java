package org.chengxin.scoring.model;

import java.util.List;
import java.util.Map;

/**
 * A combined rating over several dimensions, only where a scheme declares one: the weighted sum of
 * the dimension scores (weights in percent, summing to 100), rated by its own tiers.
 */
public record Composite(Map<String, Integer> weights, List<Tier> tiers) {

  public Composite {
    weights = Map.copyOf(weights);
    tiers = List.copyOf(tiers);
  }
}
