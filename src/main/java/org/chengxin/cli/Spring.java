package org.chengxin.cli;

import java.util.Map;
import org.chengxin.ChengxinApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server, or without for batch work. */
final class Spring {
  private Spring() {}

  /** As command-line arguments, which outrank application.properties (defaults would not). */
  private static String[] arguments(Map<String, Object> properties) {
    return properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  static ConfigurableApplicationContext web(Map<String, Object> properties) {
    return new SpringApplicationBuilder(ChengxinApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(arguments(properties));
  }

  /** Without the web server, and quiet: a batch command's output is its own report. */
  static ConfigurableApplicationContext batch(Map<String, Object> properties) {
    Map<String, Object> quiet = new java.util.HashMap<>(properties);
    quiet.putIfAbsent("spring.main.log-startup-info", "false");
    quiet.putIfAbsent("logging.level.org.chengxin", "WARN");
    // No scheduled rescoring in a batch command: it rescores only when asked (./chengxin rescore).
    quiet.putIfAbsent("chengxin.scoring.background", "false");
    quiet.putIfAbsent("chengxin.lists.background", "false");
    return new SpringApplicationBuilder(ChengxinApplication.class)
        .web(WebApplicationType.NONE)
        .run(arguments(quiet));
  }
}
