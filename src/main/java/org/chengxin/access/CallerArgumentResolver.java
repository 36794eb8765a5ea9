package org.chengxin.access;

import org.chengxin.audit.AuditLog;
import org.chengxin.platform.web.Unauthenticated;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler parameter of type {@link Caller} the client behind the request's API key ({@code
 * Authorization: Bearer cx.…} or {@code X-Api-Key}), or answers 401 and audits the attempt.
 */
@Component
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {
  private final ApiKeys keys;
  private final AuditLog audit;

  public CallerArgumentResolver(ApiKeys keys, AuditLog audit) {
    this.keys = keys;
    this.audit = audit;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Caller resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    String token = request.getHeader("X-Api-Key");
    String authorization = request.getHeader("Authorization");
    if (token == null && authorization != null && authorization.startsWith("Bearer ")) {
      token = authorization.substring("Bearer ".length());
    }
    String target = request.getDescription(false);
    if (token == null || token.isBlank()) {
      audit.refused("anonymous", "authenticate", target, "no API key");
      throw new Unauthenticated("this endpoint needs an API key (Authorization: Bearer cx.…)");
    }
    return keys.verify(token)
        .orElseThrow(() -> {
          audit.refused("anonymous", "authenticate", target, "unknown or revoked API key");
          return new Unauthenticated("the API key is unknown, revoked or malformed");
        });
  }
}
