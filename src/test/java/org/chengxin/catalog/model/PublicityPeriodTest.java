package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PublicityPeriodTest {

  @Test
  void yearsAndMonthsCompareExactly() {
    assertThat(PublicityPeriod.ORDER.compare(Period.ofYears(1), Period.ofMonths(12))).isZero();
    assertThat(PublicityPeriod.of("P1Y6M", "P17M").minimumAtMostMaximum()).isFalse();
    assertThat(PublicityPeriod.of("P3M", "P1Y").minimumAtMostMaximum()).isTrue();
  }

  @Test
  void daysAreNotConvertedToMonths() {
    // Documented choice: a month has no fixed length, so days only break ties.
    assertThat(PublicityPeriod.of("P40D", "P1M").minimumAtMostMaximum()).isTrue();
    assertThat(PublicityPeriod.of("P1M1D", "P1M").minimumAtMostMaximum()).isFalse();
  }

  @Test
  void theFiveYearCapIncludesFiveYearsAndNothingMore() {
    assertThat(PublicityPeriod.of("P0D", "P5Y").maximumAtMost(Period.ofYears(5))).isTrue();
    assertThat(PublicityPeriod.of("P0D", "P5Y1D").maximumAtMost(Period.ofYears(5))).isFalse();
  }

  @Test
  void periodsAreNormalisedSoEqualLengthsAreEqualValues() {
    assertThat(PublicityPeriod.of("P12M", "P24M")).isEqualTo(PublicityPeriod.of("P1Y", "P2Y"));
  }

  @Test
  void negativePeriodsAreRefused() {
    assertThatThrownBy(() -> PublicityPeriod.of("P-1M", "P1Y"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
