package org.chengxin.identity.pinyin;

import org.chengxin.identity.model.NameRomaniser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes ICU's pinyin romaniser the application's {@link NameRomaniser}. */
@Configuration
public class PinyinConfig {

  @Bean
  NameRomaniser nameRomaniser() {
    return new IcuPinyin();
  }
}
