package org.chengxin.synth;

import java.time.LocalDate;

/**
 * What to generate: how many persons and enterprises, how many years of records up to {@code
 * until}, in which prefecture, from which seed. The same plan always gives the same bytes.
 */
public record CityPlan(
    int persons, int enterprises, int years, long seed, String prefecture, LocalDate until) {

  /** Weihai, Shandong: the prefecture of Rongcheng, the best-known local scoring pilot. */
  public static final String WEIHAI = "3710";

  public static final LocalDate DEFAULT_UNTIL = LocalDate.of(2026, 10, 31);

  public CityPlan {
    if (persons < 10 || enterprises < 1) {
      throw new IllegalArgumentException("a city needs at least 10 persons and 1 enterprise");
    }
    if (years < 1 || years > 20) {
      throw new IllegalArgumentException("years must be between 1 and 20");
    }
    if (prefecture == null || !prefecture.matches("\\d{4}")) {
      throw new IllegalArgumentException("prefecture must be a 4-digit division prefix");
    }
  }

  LocalDate from() {
    return until.minusYears(years).plusDays(1);
  }

  int publicInstitutions() {
    return Math.max(20, persons / 2_000);
  }

  int socialOrganisations() {
    return Math.max(10, persons / 5_000);
  }
}
