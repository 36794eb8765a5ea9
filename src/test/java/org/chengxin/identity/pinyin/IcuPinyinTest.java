package org.chengxin.identity.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.chengxin.identity.model.NameRomaniser;
import org.chengxin.identity.model.SubjectName;
import org.junit.jupiter.api.Test;

class IcuPinyinTest {
  private final NameRomaniser persons = IcuPinyin.forPersons();
  private final NameRomaniser organisations = IcuPinyin.forOrganisations();

  @Test
  void personalNamesBecomeSpaceSeparatedSyllables() {
    assertThat(persons.pinyin("张三")).isEqualTo("zhang san");
    assertThat(persons.pinyin("李四")).isEqualTo("li si");
    assertThat(NameRomaniser.initials(persons.pinyin("张三"))).isEqualTo("zs");
  }

  @Test
  void aLeadingCharacterTakesItsSurnameReadingForPersonsOnly() {
    assertThat(persons.pinyin("单")).isEqualTo("shan");
    assertThat(persons.pinyin("单田芳")).isEqualTo("shan tian fang");
    assertThat(persons.pinyin("曾国藩")).isEqualTo("zeng guo fan");
    assertThat(organisations.pinyin("单")).isEqualTo("dan");
    assertThat(organisations.pinyin("解放日报社")).isEqualTo("jie fang ri bao she");
  }

  @Test
  void companyNamesAreRomanisedSyllableBySyllable() {
    assertThat(organisations.pinyin("北京字节跳动科技有限公司"))
        .isEqualTo("bei jing zi jie tiao dong ke ji you xian gong si");
    assertThat(persons.pinyin(new SubjectName("北京字节跳动科技有限公司")))
        .isEqualTo("bei jing zi jie tiao dong ke ji you xian gong si");
  }

  @Test
  void wordReadingsKnownToIcuAreKept() {
    assertThat(organisations.pinyin("重庆长安汽车")).isEqualTo("chong qing zhang an qi che");
    assertThat(persons.pinyin("万俟卨")).startsWith("mo qi");
  }

  @Test
  void latinTextPassesThroughLowerCasedAndFoldedToAscii() {
    assertThat(organisations.pinyin("Huawei Technologies Co., Ltd."))
        .isEqualTo("huawei technologies co ltd");
    assertThat(persons.pinyin("Zoë Müller")).isEqualTo("zoe muller");
    assertThat(organisations.pinyin("ＡＢＣ（香港）有限公司")).isEqualTo("abc xiang gang you xian gong si");
    assertThat(persons.pinyin("Tom·汉克斯")).isEqualTo("tom han ke si");
  }

  @Test
  void manyThreadsGetTheSameAnswers() {
    List<String> names = List.of("张三", "单田芳", "重庆长安汽车", "北京字节跳动科技有限公司", "Zoë");
    List<String> expected = names.stream().map(persons::pinyin).toList();

    IntStream.range(0, 2000)
        .parallel()
        .forEach(i -> assertThat(persons.pinyin(names.get(i % 5))).isEqualTo(expected.get(i % 5)));
  }
}
