package org.chengxin.checks.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.checks.app.CheckSubject;
import org.chengxin.checks.app.MeasureCatalog;
import org.chengxin.checks.app.RegisterRelyingParty;
import org.chengxin.checks.model.AppliedMeasure;
import org.chengxin.checks.model.CheckOutcome;
import org.chengxin.checks.model.Effect;
import org.chengxin.checks.model.Measure;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.checks.model.Trigger;
import org.chengxin.checks.store.CheckLog;
import org.chengxin.checks.store.RelyingPartyTable;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks over HTTP: a relying party asks what applies to a subject for one of its purposes, one
 * subject or up to {@value #MAX_BATCH} at a time; the measures catalog is public; relying parties
 * are registered by a system administrator; the check log of a subject is readable by staff.
 */
@RestController
public class ChecksController {
  static final int MAX_BATCH = 10_000;

  private final CheckSubject checks;
  private final MeasureCatalog measures;
  private final RegisterRelyingParty register;
  private final RelyingPartyTable parties;
  private final CheckLog log;

  public ChecksController(
      CheckSubject checks,
      MeasureCatalog measures,
      RegisterRelyingParty register,
      RelyingPartyTable parties,
      CheckLog log) {
    this.checks = checks;
    this.measures = measures;
    this.register = register;
    this.parties = parties;
    this.log = log;
  }

  public record CheckRequest(String subject, String purpose) {}

  public record BatchRequest(String purpose, List<String> subjects) {}

  /** {@code outcome} is MEASURES_APPLY or NONE_APPLY; {@code measures} lists what applies. */
  public record CheckView(
      String subject,
      String purpose,
      String relyingParty,
      Instant checkedAt,
      String outcome,
      List<AppliedView> measures) {
    static CheckView of(CheckSubject.Answer a) {
      return new CheckView(
          a.subject(),
          a.purpose(),
          a.relyingParty(),
          a.checkedAt(),
          a.outcome() instanceof CheckOutcome.MeasuresApply ? "MEASURES_APPLY" : "NONE_APPLY",
          a.outcome().applied().stream().map(AppliedView::of).toList());
    }
  }

  /** An effect as JSON: RESTRICTION, BENEFIT, or RATE with its parameter and percentage. */
  public record EffectView(String type, String parameter, Double percent) {
    static EffectView of(Effect e) {
      return switch (e) {
        case Effect.Restriction r -> new EffectView("RESTRICTION", null, null);
        case Effect.Benefit b -> new EffectView("BENEFIT", null, null);
        case Effect.Rate r -> new EffectView("RATE", r.parameter(), r.percent());
      };
    }
  }

  /** A measure that applies, with why, on what basis and until when. */
  public record AppliedView(
      String code,
      String nameZh,
      String nameEn,
      Measure.Kind kind,
      EffectView effect,
      String because,
      String listEntry,
      String legalBasis,
      java.time.LocalDate endsOn) {
    static AppliedView of(AppliedMeasure a) {
      return new AppliedView(
          a.code(),
          a.nameZh(),
          a.nameEn(),
          a.kind(),
          EffectView.of(a.effect()),
          a.because(),
          a.listEntry(),
          a.legalBasis(),
          a.endsOn());
    }
  }

  /** A measure of the public catalog, its trigger spelled out. */
  public record MeasureView(
      String code,
      String nameZh,
      String nameEn,
      Measure.Kind kind,
      String purpose,
      String domain,
      String legalBasis,
      String trigger,
      EffectView effect,
      boolean alsoOnRepresentatives) {
    static MeasureView of(Measure m) {
      String trigger =
          switch (m.trigger()) {
            case Trigger.OnList l -> "active entry on " + l.listId();
            case Trigger.Rating r ->
                "rated "
                    + new java.util.TreeSet<>(r.ratings())
                    + " in "
                    + r.schemeId()
                    + " "
                    + r.dimension();
            case Trigger.RecordOfType t -> "a current " + t.recordType() + " record";
          };
      return new MeasureView(
          m.code(),
          m.nameZh(),
          m.nameEn(),
          m.kind(),
          m.purpose(),
          m.domain().name(),
          m.legalBasis(),
          trigger,
          EffectView.of(m.effect()),
          m.alsoOnRepresentatives());
    }
  }

  public record PartyRequest(String nameZh, String nameEn, Set<String> purposes, Boolean active) {}

  @PostMapping("/api/v1/checks")
  public CheckView check(Caller caller, @RequestBody CheckRequest request) {
    return CheckView.of(
        checks.check(caller, subject("subject", request.subject()), purpose(request.purpose())));
  }

  @PostMapping("/api/v1/checks/batch")
  public List<CheckView> batch(Caller caller, @RequestBody BatchRequest request) {
    List<String> raw = request.subjects() == null ? List.of() : request.subjects();
    if (raw.isEmpty() || raw.size() > MAX_BATCH) {
      throw new BadRequest("subjects", "give 1 to " + MAX_BATCH + " subject codes");
    }
    List<String> codes = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      codes.add(subject("subjects[" + i + "]", raw.get(i)));
    }
    return checks.batch(caller, codes, purpose(request.purpose())).stream()
        .map(CheckView::of)
        .toList();
  }

  @GetMapping("/api/v1/measures")
  public List<MeasureView> measures(@RequestParam(required = false) String purpose) {
    return (purpose == null ? measures.sorted() : measures.ofPurpose(purpose.strip()))
        .stream().map(MeasureView::of).toList();
  }

  @PutMapping("/api/v1/relying-parties/{id}")
  public RelyingParty registerParty(
      Caller caller, @PathVariable String id, @RequestBody PartyRequest r) {
    RelyingParty party;
    try {
      party =
          new RelyingParty(
              id,
              r.nameZh(),
              r.nameEn(),
              r.purposes() == null ? Set.of() : r.purposes(),
              r.active() == null || r.active());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("relyingParty", e.getMessage());
    }
    return register.register(caller, party);
  }

  @GetMapping("/api/v1/relying-parties")
  public List<RelyingParty> parties(Caller caller) {
    caller.require("list relying parties", Role.SYSTEM_ADMIN);
    return parties.all();
  }

  /**
   * Every check made on a subject: who, for which purpose, when (staff for now; subjects later).
   */
  @GetMapping("/api/v1/subjects/{code}/checks")
  public List<CheckLog.Entry> checksOn(
      Caller caller,
      @PathVariable String code,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    caller.require("read the check log", Role.SYSTEM_ADMIN, Role.POLICY_ADMIN);
    return log.ofSubject(subject("code", code), Page.offset(page, size), size);
  }

  private static String purpose(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      throw new BadRequest("purpose", "purpose is required");
    }
    return purpose.strip();
  }

  private static String subject(String field, String code) {
    if (code == null) {
      throw new BadRequest(field, field + " is required");
    }
    try {
      return SubjectCode.parse(code).value();
    } catch (InvalidIdentifierException e) {
      throw e.inField(field);
    }
  }
}
