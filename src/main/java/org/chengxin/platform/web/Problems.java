package org.chengxin.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds RFC 9457 problem documents with Chengxin's stable type URIs ({@code /problems/<slug>}).
 */
public final class Problems {
  private Problems() {}

  public static URI type(String slug) {
    return URI.create("/problems/" + slug);
  }

  public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type(slug));
    p.setTitle(title);
    return p;
  }

  public static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
