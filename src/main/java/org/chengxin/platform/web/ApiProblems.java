package org.chengxin.platform.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.chengxin.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one mapping from exceptions to problem+json for the whole API. */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private static final Map<Integer, String> SLUGS =
      Map.of(
          400, "bad-request",
          404, "not-found",
          405, "method-not-allowed",
          406, "not-acceptable",
          413, "too-large",
          415, "unsupported-media-type");

  private final AuditLog audit;

  public ApiProblems(AuditLog audit) {
    this.audit = audit;
  }

  @ExceptionHandler(Unauthenticated.class)
  ResponseEntity<ProblemDetail> unauthenticated(Unauthenticated e) {
    return respond(
        problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated", e.getMessage()));
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<ProblemDetail> forbidden(Forbidden e, HttpServletRequest request) {
    audit.refused(e.actor(), e.action(), request.getRequestURI(), e.getMessage());
    return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
  }

  @ExceptionHandler(BadRequest.class)
  ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
    ProblemDetail p =
        problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    p.setProperty("field", e.field());
    return respond(p);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("unexpected error on {}", request.getRequestURI(), e);
    return respond(
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "the server failed to handle this request; nothing was stored"));
  }

  /** Spring's own MVC errors (bad JSON, wrong method, missing parameter …) get our type URIs. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail p) {
      p.setType(Problems.type(SLUGS.getOrDefault(status.value(), "http-" + status.value())));
      if (status.value() == 400 && p.getDetail() != null && p.getDetail().contains("read")) {
        p.setType(Problems.type("malformed-body"));
        p.setDetail("the request body is not valid JSON of the expected shape: " + firstLine(ex));
      }
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static String firstLine(Exception ex) {
    String m = String.valueOf(ex.getMessage());
    List<String> lines = m.lines().toList();
    String first = lines.isEmpty() ? m : lines.get(0);
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
