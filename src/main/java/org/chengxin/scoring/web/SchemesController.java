package org.chengxin.scoring.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.scoring.model.Guardrails;
import org.chengxin.scoring.model.NationalPolicy;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeViolation;
import org.chengxin.scoring.policy.PolicyYaml;
import org.chengxin.scoring.store.SchemeYaml;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schemes over HTTP. For now: checking a draft (YAML or JSON, which is YAML too) against the
 * current catalog and the national policy, with every violation in the answer.
 */
@RestController
public class SchemesController {
  private static final NationalPolicy POLICY = PolicyYaml.readDefault();
  private final CatalogService catalog;

  public SchemesController(CatalogService catalog) {
    this.catalog = catalog;
  }

  /** A scheme that passes every guardrail. */
  public record Valid(String id, int version, String summary) {}

  @PostMapping(
      value = "/api/v1/schemes/validate",
      consumes = {"application/yaml", "application/json", "text/plain", "text/yaml"})
  public ResponseEntity<?> validate(@RequestBody String body) {
    Scheme scheme;
    try {
      scheme = SchemeYaml.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return respond(
          problem(HttpStatus.BAD_REQUEST, "invalid-scheme", "Malformed scheme", e.getMessage()));
    }
    List<SchemeViolation> violations = Guardrails.check(scheme, catalog.current(), POLICY);
    if (violations.isEmpty()) {
      return ResponseEntity.ok(
          new Valid(scheme.id(), scheme.version(), "passes the national guardrails"));
    }
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "scheme-violates-guardrails",
            "Scheme violates the national guardrails",
            violations.size() + " violation(s); first: " + violations.get(0).message());
    p.setProperty("violations", violations);
    return respond(p);
  }
}
