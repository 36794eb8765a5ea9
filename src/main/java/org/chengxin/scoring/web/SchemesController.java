package org.chengxin.scoring.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chengxin.access.Caller;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.chengxin.scoring.app.SchemeService;
import org.chengxin.scoring.app.SimulateScheme;
import org.chengxin.scoring.model.Guardrails;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeStatus;
import org.chengxin.scoring.model.SchemeVersion;
import org.chengxin.scoring.model.SchemeViolation;
import org.chengxin.scoring.model.Transition;
import org.chengxin.scoring.store.SchemeYaml;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schemes over HTTP: listing, checking a draft (YAML or JSON, which is YAML too) against the
 * catalog and the national policy, filing drafts, publishing and retiring versions.
 */
@RestController
public class SchemesController {
  private final CatalogService catalog;
  private final SchemeService schemes;

  private final java.time.Clock clock;
  private final SimulateScheme simulate;

  public SchemesController(
      CatalogService catalog,
      SchemeService schemes,
      SimulateScheme simulate,
      java.time.Clock clock) {
    this.catalog = catalog;
    this.schemes = schemes;
    this.simulate = simulate;
    this.clock = clock;
  }

  /** A scheme version as listed; {@code definition} (YAML) only on a single version. */
  public record SchemeView(
      String id,
      int version,
      String title,
      SchemeStatus status,
      String jurisdiction,
      Set<SubjectKind> subjectKinds,
      LocalDate effectiveFrom,
      LocalDate publishedOn,
      LocalDate retiredOn,
      String definition) {
    static SchemeView of(SchemeVersion v, boolean withDefinition) {
      Scheme s = v.scheme();
      return new SchemeView(
          s.id(),
          s.version(),
          s.title(),
          v.status(),
          s.jurisdiction(),
          s.subjectKinds(),
          s.effectiveFrom(),
          v.publishedOn(),
          v.retiredOn(),
          withDefinition ? SchemeYaml.write(s) : null);
    }
  }

  @GetMapping("/api/v1/schemes")
  public List<SchemeView> all() {
    return schemes.all().stream().map(v -> SchemeView.of(v, false)).toList();
  }

  @GetMapping("/api/v1/schemes/{id}/versions/{version}")
  public SchemeView one(@PathVariable String id, @PathVariable int version) {
    return schemes
        .find(id, version)
        .map(v -> SchemeView.of(v, true))
        .orElseThrow(() -> new NotFound("scheme " + id + " v" + version));
  }

  /** A policy administrator files a draft (YAML or JSON). */
  @PostMapping(
      value = "/api/v1/schemes",
      consumes = {"application/yaml", "application/json", "text/plain", "text/yaml"})
  public ResponseEntity<?> draft(Caller caller, @RequestBody String body) {
    Scheme scheme;
    try {
      scheme = SchemeYaml.read(body);
    } catch (RuntimeException e) {
      return respond(
          problem(HttpStatus.BAD_REQUEST, "invalid-scheme", "Malformed scheme", e.getMessage()));
    }
    return answer(schemes.draft(caller, scheme), HttpStatus.CREATED);
  }

  @PostMapping("/api/v1/schemes/{id}/versions/{version}/publish")
  public ResponseEntity<?> publish(
      Caller caller,
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(required = false) String on) {
    return answer(
        schemes.move(caller, id, version, SchemeStatus.PUBLISHED, date(on)), HttpStatus.OK);
  }

  @PostMapping("/api/v1/schemes/{id}/versions/{version}/retire")
  public ResponseEntity<?> retire(
      Caller caller,
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(required = false) String on) {
    return answer(schemes.move(caller, id, version, SchemeStatus.RETIRED, date(on)), HttpStatus.OK);
  }

  /** What-if: a stored draft against the published version in force, over today's population. */
  @PostMapping("/api/v1/schemes/{id}/versions/{version}/simulate")
  public ResponseEntity<?> simulate(
      Caller caller,
      @PathVariable String id,
      @PathVariable int version,
      @RequestParam(required = false) String asOf) {
    caller.require("simulate schemes", org.chengxin.access.Role.POLICY_ADMIN);
    SchemeVersion draft =
        schemes.find(id, version).orElseThrow(() -> new NotFound("scheme " + id + " v" + version));
    return switch (simulate.simulate(draft.scheme(), date(asOf))) {
      case SimulateScheme.Outcome.Simulated s -> ResponseEntity.ok(s.report());
      case SimulateScheme.Outcome.Refused r -> {
        ProblemDetail p =
            problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "scheme-violates-guardrails",
                "Scheme violates the national guardrails",
                r.violations().size() + " violation(s) to fix before a simulation");
        p.setProperty("violations", r.violations());
        yield respond(p);
      }
    };
  }

  private ResponseEntity<?> answer(Transition t, HttpStatus ok) {
    return switch (t) {
      case Transition.Done d -> ResponseEntity.status(ok).body(SchemeView.of(d.version(), false));
      case Transition.Refused r -> {
        ProblemDetail p =
            problem(
                HttpStatus.CONFLICT,
                "scheme-transition-refused",
                "Scheme change refused",
                r.reason());
        p.setProperty("violations", r.violations());
        yield respond(p);
      }
    };
  }

  private LocalDate date(String on) {
    if (on == null || on.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(on.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequest("on", "on must be a date of the form YYYY-MM-DD");
    }
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
    List<SchemeViolation> violations =
        Guardrails.check(scheme, catalog.current(), schemes.policy());
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
