package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

  @Test
  void aRegionCodeSplitsIntoProvinceAndPrefecture() {
    RegionCode chaoyang = new RegionCode("110105");

    assertThat(chaoyang.provinceCode()).isEqualTo("11");
    assertThat(chaoyang.prefectureCode()).isEqualTo("1101");
  }

  @Test
  void aRegionLiesWithinEveryPrefixOfItsCode() {
    RegionCode chaoyang = new RegionCode("110105");

    assertThat(chaoyang.within("")).isTrue();
    assertThat(chaoyang.within("11")).isTrue();
    assertThat(chaoyang.within("110105")).isTrue();
    assertThat(chaoyang.within("12")).isFalse();
  }

  @Test
  void onlySixDigitsMakeARegionCode() {
    assertThatThrownBy(() -> new RegionCode("11010"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("region: a region code has 6 digits, not 11010");
    assertThatThrownBy(() -> new RegionCode("11010X"))
        .isInstanceOf(InvalidIdentifierException.class);
    assertThatThrownBy(() -> new RegionCode("110105").within("1101055"))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
