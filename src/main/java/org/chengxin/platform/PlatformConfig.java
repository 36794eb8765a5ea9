package org.chengxin.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every capability: the clock, replaceable in tests. */
@Configuration
public class PlatformConfig {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
