package org.chengxin.catalog.model;

import java.time.Period;
import java.util.Comparator;
import java.util.Objects;

/**
 * How long a record of a type is shown and counts: at least {@code minimum} (earliest repair), at
 * most {@code maximum} (automatic expiry).
 *
 * <p>Periods are compared by {@link #ORDER}: total months first (years folded into months, which is
 * exact), then days. Days are deliberately not converted to months, since a month has no fixed
 * length and any conversion would make "P1M" and "P30D" equal or unequal depending on the calendar;
 * so "P40D" ranks below "P1M". The rules periods come from are stated in months and years, and the
 * catalog writes them that way.
 */
public record PublicityPeriod(Period minimum, Period maximum) {

  /** Orders periods by total months, then days (see the class comment). */
  public static final Comparator<Period> ORDER =
      Comparator.comparingLong(Period::toTotalMonths).thenComparingInt(Period::getDays);

  public PublicityPeriod {
    Objects.requireNonNull(minimum, "publicity minimum");
    Objects.requireNonNull(maximum, "publicity maximum");
    if (minimum.isNegative() || maximum.isNegative()) {
      throw new IllegalArgumentException("a publicity period cannot be negative");
    }
    minimum = minimum.normalized();
    maximum = maximum.normalized();
  }

  /** Parses two ISO-8601 periods such as "P3M" and "P1Y". */
  public static PublicityPeriod of(String minimum, String maximum) {
    return new PublicityPeriod(Period.parse(minimum), Period.parse(maximum));
  }

  public boolean minimumAtMostMaximum() {
    return ORDER.compare(minimum, maximum) <= 0;
  }

  public boolean maximumAtMost(Period limit) {
    return ORDER.compare(maximum, limit.normalized()) <= 0;
  }
}
