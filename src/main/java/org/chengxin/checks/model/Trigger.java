package org.chengxin.checks.model;

import java.util.Set;

/** What makes a measure apply to a subject. */
public sealed interface Trigger {
  /** An active entry on this list. */
  record OnList(String listId) implements Trigger {
    public OnList {
      Measure.require(listId, "listId");
    }
  }

  /** A rating in one of these tiers of a scheme's dimension. */
  record Rating(String schemeId, String dimension, Set<String> ratings) implements Trigger {
    public Rating {
      Measure.require(schemeId, "schemeId");
      Measure.require(dimension, "dimension");
      ratings = Set.copyOf(ratings);
      if (ratings.isEmpty()) {
        throw new IllegalArgumentException("a rating trigger names at least one rating");
      }
    }
  }

  /** A current record of this catalog type. */
  record RecordOfType(String recordType) implements Trigger {
    public RecordOfType {
      Measure.require(recordType, "recordType");
    }
  }
}
