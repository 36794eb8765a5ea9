package org.chengxin.cli;

import java.util.Map;
import org.chengxin.ChengxinApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server, or without for batch work. */
final class Spring {
  private Spring() {}

  static ConfigurableApplicationContext web(Map<String, Object> properties) {
    return new SpringApplicationBuilder(ChengxinApplication.class)
        .properties(properties)
        .web(WebApplicationType.SERVLET)
        .run();
  }

  static ConfigurableApplicationContext batch(Map<String, Object> properties) {
    return new SpringApplicationBuilder(ChengxinApplication.class)
        .properties(properties)
        .web(WebApplicationType.NONE)
        .run();
  }
}
