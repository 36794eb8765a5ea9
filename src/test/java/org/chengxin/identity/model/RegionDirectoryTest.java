package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {
  private final RegionDirectory bundled = RegionDirectory.bundled();

  @Test
  void aBeijingDistrictIsDescribedWithoutThePlaceholderLevel() {
    assertThat(bundled.describe(new RegionCode("110105"))).isEqualTo("北京市 朝阳区");
    assertThat(bundled.find(new RegionCode("110105")).orElseThrow().prefectureName()).isEmpty();
  }

  @Test
  void aCountyIsDescribedWithItsPrefecture() {
    Region dean = bundled.find(new RegionCode("360426")).orElseThrow();

    assertThat(dean.name()).isEqualTo("德安县");
    assertThat(dean.prefectureName()).contains("九江市");
    assertThat(bundled.describe(dean.code())).isEqualTo("江西省 九江市 德安县");
  }

  @Test
  void anAbolishedCountyFallsBackToItsPrefecture() {
    // 440524 was 潮阳县 from 1983 to 1993; old identity numbers still carry it.
    assertThat(bundled.find(new RegionCode("440524"))).isEmpty();
    assertThat(bundled.describe(new RegionCode("440524"))).isEqualTo("广东省 汕头市");
  }

  @Test
  void unknownCodesFallBackToTheProvinceOrSaySo() {
    assertThat(bundled.describe(new RegionCode("119901"))).isEqualTo("北京市");
    assertThat(bundled.describe(new RegionCode("990101"))).isEqualTo("unknown region 990101");
  }

  @Test
  void provincesAndPrefecturesAreListedButAreNotCounties() {
    assertThat(bundled.find(new RegionCode("110000")).orElseThrow().isProvince()).isTrue();
    assertThat(bundled.find(new RegionCode("440500")).orElseThrow().isPrefecture()).isTrue();
    assertThat(bundled.counties("11"))
        .extracting(Region::name)
        .contains("朝阳区", "东城区")
        .doesNotContain("北京市", "市辖区", "崇文区");
  }

  @Test
  void countiesAreFoundByAnyPrefix() {
    assertThat(bundled.counties("3604")).extracting(Region::name).contains("德安县");
    assertThat(bundled.counties("")).hasSizeGreaterThan(2500);
  }

  @Test
  void theBundledTableKeepsItsAttribution() throws Exception {
    try (var in = RegionDirectory.class.getResourceAsStream("/identity/regions.tsv")) {
      String head = new String(in.readNBytes(1000), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(head).startsWith("#").contains("Wikipedia", "CC BY-SA", "python-stdnum");
    }
  }

  @Test
  void aTableIsReadFromAnyReader() {
    String table =
        """
        # a comment
        440000\t广东省\t广东省
        440500\t广东省\t汕头市
        440511\t广东省\t金平区
        """;
    RegionDirectory directory = RegionDirectory.parse(new StringReader(table));

    assertThat(directory.size()).isEqualTo(3);
    assertThat(directory.describe(new RegionCode("440511"))).isEqualTo("广东省 汕头市 金平区");
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() {
    assertThatThrownBy(() -> RegionDirectory.parse(new StringReader("440000\t广东省\n")))
        .hasMessageContaining("line 1");
  }
}
