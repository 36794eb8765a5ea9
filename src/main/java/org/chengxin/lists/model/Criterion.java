package org.chengxin.lists.model;

import java.time.Period;
import java.util.Objects;
import java.util.Set;

/** One published inclusion criterion of a list: what makes a subject eligible to be proposed. */
public sealed interface Criterion {

  /** A current record of this catalog type (for example an unperformed court judgment). */
  record RecordOfType(String recordType) implements Criterion {
    public RecordOfType {
      requireText(recordType, "recordType");
    }
  }

  /** A rating in one of these tiers of a scheme's dimension. */
  record Rating(String schemeId, String dimension, Set<String> ratings) implements Criterion {
    public Rating {
      requireText(schemeId, "schemeId");
      requireText(dimension, "dimension");
      ratings = Set.copyOf(ratings);
      if (ratings.isEmpty()) {
        throw new IllegalArgumentException("a rating criterion names at least one rating");
      }
    }
  }

  /** At least {@code count} negative records within {@code within} of each other. */
  record NegativeRecords(int count, Period within) implements Criterion {
    public NegativeRecords {
      if (count < 2) {
        throw new IllegalArgumentException("a count criterion needs at least 2 records");
      }
      Objects.requireNonNull(within, "within");
      if (within.isNegative() || within.isZero()) {
        throw new IllegalArgumentException("a count criterion needs a positive period");
      }
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
