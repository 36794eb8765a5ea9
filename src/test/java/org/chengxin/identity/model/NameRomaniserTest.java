package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRomaniserTest {

  @Test
  void initialsAreTheFirstLetterOfEverySyllable() {
    assertThat(NameRomaniser.initials("zhang san")).isEqualTo("zs");
    assertThat(NameRomaniser.initials(" bei  jing zi jie ")).isEqualTo("bjzj");
    assertThat(NameRomaniser.initials("")).isEmpty();
  }

  @Test
  void aNameIsRomanisedThroughItsText() {
    NameRomaniser shouting = text -> text.toUpperCase(java.util.Locale.ROOT);

    assertThat(shouting.pinyin(new SubjectName(" abc "))).isEqualTo("ABC");
  }
}
