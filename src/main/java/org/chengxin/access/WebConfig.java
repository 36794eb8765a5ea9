package org.chengxin.access;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the API-key caller resolver with Spring MVC. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
  private final CallerArgumentResolver callers;

  public WebConfig(CallerArgumentResolver callers) {
    this.callers = callers;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(callers);
  }
}
