package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectNameTest {

  @Test
  void aNameIsTrimmedAndComposed() {
    assertThat(new SubjectName("  北京字节跳动科技有限公司 ").text()).isEqualTo("北京字节跳动科技有限公司");
    assertThat(new SubjectName("Cafe\u0301").text()).isEqualTo("Café");
  }

  @Test
  void aBlankNameIsRejected() {
    assertThatThrownBy(() -> new SubjectName(" \t "))
        .isInstanceOf(InvalidNameException.class)
        .hasMessage("name: the name is empty")
        .extracting("field")
        .isEqualTo("name");
  }

  @Test
  void aNameIsAtMostOneHundredCharactersCountingSupplementaryOnesOnce() {
    String hundredRare = "𠀀".repeat(100); // outside the BMP: two chars each in Java
    assertThat(new SubjectName(hundredRare).text()).hasSize(200);
    assertThatThrownBy(() -> new SubjectName("张".repeat(101)))
        .hasMessage("name: the name has 101 characters; at most 100 are allowed");
  }

  @Test
  void controlAndInvisibleFormattingCharactersAreRejected() {
    assertThatThrownBy(() -> new SubjectName("张\u0007三")).hasMessageContaining("U+0007");
    assertThatThrownBy(() -> new SubjectName("张三\u202E公司")).hasMessageContaining("U+202E");
    assertThatThrownBy(() -> new SubjectName("张\n三")).isInstanceOf(InvalidNameException.class);
  }
}
