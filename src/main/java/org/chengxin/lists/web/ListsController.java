package org.chengxin.lists.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.lists.app.ListEntries;
import org.chengxin.lists.app.ListPolicies;
import org.chengxin.lists.model.EntryOutcome;
import org.chengxin.lists.model.EntryState;
import org.chengxin.lists.model.EntryStep;
import org.chengxin.lists.model.ListEntry;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.model.RemovalGround;
import org.chengxin.lists.store.EntryTable;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.Forbidden;
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

/** Lists over HTTP: the published policies, entries with their history, proposals and steps. */
@RestController
public class ListsController {
  private final ListPolicies policies;
  private final ListEntries use;
  private final EntryTable entries;

  public ListsController(ListPolicies policies, ListEntries use, EntryTable entries) {
    this.policies = policies;
    this.use = use;
    this.entries = entries;
  }

  /** A proposal: the subject and what met the criteria; {@code on} defaults to today. */
  public record Proposal(String subject, String basis, String on) {}

  /**
   * A step: {@code notify}, {@code activate}, {@code remove} (with a {@code ground}), {@code
   * expire} or {@code extend} (with {@code by}, e.g. P1Y), and why.
   */
  public record StepRequest(String step, String ground, String by, String on, String reason) {}

  @GetMapping("/api/v1/lists")
  public List<ListPolicy> lists() {
    return policies.all();
  }

  /**
   * A list's entries, newest first. Its deciding authorities and staff see every state; everyone
   * else sees only the active entries of a published list.
   */
  @GetMapping("/api/v1/lists/{id}/entries")
  public List<ListEntry> entries(
      Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    ListPolicy policy = policies.get(id);
    int offset = Page.offset(page, size);
    if (use.seesAll(caller, policy)) {
      return entries.ofList(id, state(state), offset, size);
    }
    if (!policy.published()) {
      throw new Forbidden(caller.actor(), "read list entries", id + " is not published");
    }
    EntryState wanted = state(state);
    return wanted == null || wanted == EntryState.ACTIVE
        ? entries.ofList(id, EntryState.ACTIVE, offset, size)
        : List.of();
  }

  @GetMapping("/api/v1/list-entries/{id}")
  public ListEntry entry(Caller caller, @PathVariable String id) {
    ListEntry e = entries.find(id).orElseThrow(() -> new NotFound("entry " + id));
    ListPolicy policy = policies.get(e.listId());
    boolean visible =
        use.seesAll(caller, policy) || (policy.published() && e.state() == EntryState.ACTIVE);
    if (!visible) {
      throw new NotFound("entry " + id); // not public: as if it did not exist
    }
    return e;
  }

  @PostMapping("/api/v1/lists/{id}/entries")
  public ResponseEntity<?> propose(
      Caller caller, @PathVariable String id, @RequestBody Proposal p) {
    if (p.basis() == null || p.basis().isBlank()) {
      throw new BadRequest("basis", "basis (what met the criteria) is required");
    }
    return answer(
        use.propose(caller, id, subject(p.subject()), p.basis().strip(), date(p.on())),
        HttpStatus.CREATED);
  }

  @PostMapping("/api/v1/list-entries/{id}/steps")
  public ResponseEntity<?> step(
      Caller caller, @PathVariable String id, @RequestBody StepRequest s) {
    return answer(use.step(caller, id, step(s), date(s.on()), s.reason()), HttpStatus.OK);
  }

  private static ResponseEntity<?> answer(EntryOutcome outcome, HttpStatus ok) {
    return switch (outcome) {
      case EntryOutcome.Moved m -> ResponseEntity.status(ok).body(m.entry());
      case EntryOutcome.Refused r ->
          respond(
              problem(HttpStatus.CONFLICT, "list-step-refused", "List step refused", r.reason()));
    };
  }

  private static EntryStep step(StepRequest s) {
    String name = s.step() == null ? "" : s.step().strip();
    return switch (name) {
      case "notify" -> new EntryStep.Notify();
      case "activate" -> new EntryStep.Activate();
      case "expire" -> new EntryStep.Expire();
      case "remove" -> new EntryStep.Remove(ground(s.ground()));
      case "extend" -> new EntryStep.Extend(period(s.by()));
      default ->
          throw new BadRequest(
              "step", "step must be one of notify, activate, remove, expire, extend");
    };
  }

  private static RemovalGround ground(String ground) {
    try {
      return RemovalGround.valueOf(ground == null ? "" : ground.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "ground", "ground must be one of " + java.util.Arrays.toString(RemovalGround.values()));
    }
  }

  private static Period period(String by) {
    try {
      return Period.parse(by == null ? "" : by.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("by", "by must be an ISO-8601 period such as P1Y");
    }
  }

  private static EntryState state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return EntryState.valueOf(state.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequest(
          "state", "state must be one of " + java.util.Arrays.toString(EntryState.values()));
    }
  }

  private static LocalDate date(String on) {
    if (on == null || on.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("on", "on must be a date of the form YYYY-MM-DD");
    }
  }

  private static String subject(String code) {
    if (code == null) {
      throw new BadRequest("subject", "subject is required");
    }
    try {
      return SubjectCode.parse(code).value();
    } catch (InvalidIdentifierException e) {
      throw e.inField("subject");
    }
  }
}
