package org.chengxin.identity.web;

import java.time.LocalDate;
import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.identity.app.RegisterSubject;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.InvalidNameException;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.RegionDirectory;
import org.chengxin.identity.model.RelationRole;
import org.chengxin.identity.model.ResidentIdNumber;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.identity.model.SubjectName;
import org.chengxin.identity.model.SubjectRelation;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.chengxin.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subjects: registration by code (the check character must verify), lookup, search, relations. */
@RestController
public class SubjectsController {
  private static final RegionDirectory REGIONS = RegionDirectory.bundled();
  private final SubjectStore subjects;
  private final RegisterSubject register;

  public SubjectsController(SubjectStore subjects, RegisterSubject register) {
    this.subjects = subjects;
    this.register = register;
  }

  /** A subject to register. */
  public record NewSubject(String code, String name) {}

  /** A subject as the API shows it. */
  public record SubjectView(
      String code,
      SubjectKind kind,
      String organisationType,
      String region,
      String regionName,
      String name,
      String pinyin,
      boolean checkFailed,
      String source) {
    static SubjectView of(SubjectRow r) {
      return new SubjectView(
          r.code(),
          r.kind(),
          r.organisationType(),
          r.region(),
          REGIONS.describe(new RegionCode(r.region())),
          r.name(),
          r.pinyin(),
          r.checkFailed(),
          r.source());
    }
  }

  /** A relation as the API shows it: codes as plain strings. */
  public record RelationView(
      String organisation,
      String person,
      RelationRole role,
      LocalDate validFrom,
      LocalDate validTo) {
    static RelationView of(SubjectRelation r) {
      return new RelationView(
          r.organisation().value(), r.person().value(), r.role(), r.validFrom(), r.validTo());
    }
  }

  /** A relation to add: the person's role in the organisation, from a date. */
  public record NewRelation(
      String person, RelationRole role, LocalDate validFrom, LocalDate validTo) {}

  @PostMapping("/api/v1/subjects")
  public ResponseEntity<SubjectView> create(Caller caller, @RequestBody NewSubject body) {
    if (body == null) {
      throw new BadRequest("body", "needs code and name");
    }
    SubjectCode code = parse("code", body.code());
    SubjectName name;
    try {
      name = new SubjectName(body.name() == null ? "" : body.name());
    } catch (InvalidNameException e) {
      throw new BadRequest("name", e.getMessage());
    }
    boolean created = register.register(caller, code, name);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .body(SubjectView.of(subjects.find(code.value()).orElseThrow()));
  }

  @GetMapping("/api/v1/subjects/{code}")
  public SubjectView one(Caller caller, @PathVariable String code) {
    String c = parse("code", code).value();
    return subjects.find(c).map(SubjectView::of).orElseThrow(() -> new NotFound("subject " + c));
  }

  @GetMapping("/api/v1/subjects")
  public Page<SubjectView> search(
      Caller caller,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) SubjectKind kind,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    int offset = Page.offset(page, size);
    if (region != null && !region.matches("\\d{1,6}")) {
      throw new BadRequest("region", "region is an administrative-division prefix of 1–6 digits");
    }
    String query = q == null || q.isBlank() ? null : q.strip();
    List<SubjectView> items =
        subjects.search(query, region, kind, offset, size).stream().map(SubjectView::of).toList();
    return new Page<>(items, page, size, -1);
  }

  @GetMapping("/api/v1/subjects/{code}/relations")
  public List<RelationView> relations(Caller caller, @PathVariable String code) {
    return subjects.relationsOf(parse("code", code).value()).stream()
        .map(RelationView::of)
        .toList();
  }

  @PostMapping("/api/v1/subjects/{code}/relations")
  public ResponseEntity<RelationView> relate(
      Caller caller, @PathVariable String code, @RequestBody NewRelation body) {
    caller.require("record relations", Role.SYSTEM_ADMIN);
    if (body == null || body.role() == null || body.validFrom() == null) {
      throw new BadRequest("body", "needs person, role and validFrom");
    }
    UnifiedSocialCreditCode org;
    ResidentIdNumber person;
    try {
      org = UnifiedSocialCreditCode.parse(code);
      person = ResidentIdNumber.parse(body.person() == null ? "" : body.person());
    } catch (InvalidIdentifierException e) {
      throw e.field().equals("subject") ? e.inField("code") : e;
    }
    SubjectRelation r;
    try {
      r = new SubjectRelation(org, person, body.role(), body.validFrom(), body.validTo());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("validTo", e.getMessage());
    }
    boolean added = subjects.addRelation(r);
    return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
        .body(RelationView.of(r));
  }

  static SubjectCode parse(String field, String raw) {
    try {
      return SubjectCode.parse(raw == null ? "" : raw);
    } catch (InvalidIdentifierException e) {
      throw e.inField(field);
    }
  }
}
