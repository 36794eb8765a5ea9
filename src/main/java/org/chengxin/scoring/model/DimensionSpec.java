package org.chengxin.scoring.model;

import java.util.List;
import java.util.Objects;

/** One separately kept score: its base (what a subject with no records gets) and its tiers. */
public record DimensionSpec(String id, int base, List<Tier> tiers) {

  public DimensionSpec {
    Objects.requireNonNull(id, "dimension id");
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
  }
}
