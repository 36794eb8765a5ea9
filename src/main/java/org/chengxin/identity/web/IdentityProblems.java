package org.chengxin.identity.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import org.chengxin.identity.model.InvalidIdentifierException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A code whose check character fails (or that is malformed) is a 400 naming the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentityProblems {

  @ExceptionHandler(InvalidIdentifierException.class)
  ResponseEntity<ProblemDetail> invalidIdentifier(InvalidIdentifierException e) {
    ProblemDetail p =
        problem(HttpStatus.BAD_REQUEST, "invalid-identifier", "Invalid identifier", e.getMessage());
    p.setProperty("field", e.field());
    return respond(p);
  }
}
