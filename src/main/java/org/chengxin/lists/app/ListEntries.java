package org.chengxin.lists.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.lists.model.EntryLifecycle;
import org.chengxin.lists.model.EntryOutcome;
import org.chengxin.lists.model.EntryStep;
import org.chengxin.lists.model.ListEntry;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.lists.store.EntryTable;
import org.chengxin.platform.web.Forbidden;
import org.chengxin.platform.web.NotFound;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.store.ProviderStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deciding authority proposes entries and takes their steps; each is checked by {@link
 * EntryLifecycle}, stored with its change, and audited. Only a provider of one of the list's
 * deciding kinds, authorised for the subject's region, may act on an entry.
 */
@Service
public class ListEntries {
  private final ListPolicies policies;
  private final EntryTable entries;
  private final SubjectStore subjects;
  private final ProviderStore providers;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  public ListEntries(
      ListPolicies policies,
      EntryTable entries,
      SubjectStore subjects,
      ProviderStore providers,
      AuditLog audit,
      TransactionTemplate tx,
      Clock clock) {
    this.policies = policies;
    this.entries = entries;
    this.subjects = subjects;
    this.providers = providers;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** Proposes {@code subject} for the list, dated {@code on} (today if null). */
  public EntryOutcome propose(
      Caller caller, String listId, String subject, String basis, LocalDate on) {
    ListPolicy policy = policies.get(listId);
    SubjectRow row = subjects.find(subject).orElseThrow(() -> new NotFound("subject " + subject));
    decider(caller, policy, row);
    LocalDate day = day(on);
    if (entries.hasOpen(listId, subject)) {
      return refused(
          caller, "propose", listId, subject + " already has an open entry on " + listId);
    }
    LocalDate birth = row.kind() == SubjectKind.PERSON ? row.birthDate() : null;
    String id = "le-" + UUID.randomUUID();
    EntryOutcome outcome =
        EntryLifecycle.propose(policy, id, subject, birth, basis, day, caller.actor());
    if (outcome instanceof EntryOutcome.Moved(ListEntry entry)) {
      entries.insert(entry);
      audit.ok(caller.actor(), "propose list entry", id, Map.of("list", listId, "on", day));
    } else if (outcome instanceof EntryOutcome.Refused r) {
      audit.refused(caller.actor(), "propose list entry", listId, r.reason());
    }
    return outcome;
  }

  /** Takes {@code step} on the entry, dated {@code on} (today if null). */
  public EntryOutcome step(
      Caller caller, String entryId, EntryStep step, LocalDate on, String reason) {
    ListEntry entry = entries.find(entryId).orElseThrow(() -> new NotFound("entry " + entryId));
    ListPolicy policy = policies.get(entry.listId());
    SubjectRow row =
        subjects.find(entry.subject()).orElseThrow(() -> new NotFound("subject " + entryId));
    decider(caller, policy, row);
    return take(policy, entry, step, day(on), caller.actor(), reason);
  }

  /**
   * Whether the caller sees every entry of the list in every state (its deciding authorities and
   * the administrators); everyone else sees only the active entries of a published list — a
   * proposal or a notice is not public, and a removed entry leaves public view at once.
   */
  public boolean seesAll(Caller caller, ListPolicy policy) {
    if (caller.role() == Role.SYSTEM_ADMIN || caller.role() == Role.POLICY_ADMIN) {
      return true;
    }
    if (caller.role() != Role.PROVIDER) {
      return false;
    }
    Provider p = providers.find(caller.provider().orElseThrow()).orElse(null);
    return p != null && policy.deciders().contains(p.kind());
  }

  /** Applies every step time has made due by today, each dated the day it fell due. */
  public int applyDue() {
    LocalDate today = LocalDate.now(clock);
    int applied = 0;
    for (ListEntry entry : entries.waiting()) {
      ListPolicy policy = policies.get(entry.listId());
      // Objections arrive with the due-process work; until then none is ever open.
      var due = EntryLifecycle.due(policy, entry, today, false);
      if (due.isPresent()) {
        EntryOutcome o =
            take(policy, entry, due.get().step(), due.get().on(), "scheduler", "time is up");
        applied += o instanceof EntryOutcome.Moved ? 1 : 0;
      }
    }
    return applied;
  }

  private EntryOutcome take(
      ListPolicy policy, ListEntry entry, EntryStep step, LocalDate on, String actor, String why) {
    String reason = why == null || why.isBlank() ? "no reason given" : why.strip();
    EntryOutcome outcome = EntryLifecycle.apply(policy, entry, step, on, actor, reason);
    String action = "list entry " + step.getClass().getSimpleName().toLowerCase();
    if (outcome instanceof EntryOutcome.Moved(ListEntry after)) {
      boolean saved = Boolean.TRUE.equals(tx.execute(s -> entries.save(entry, after)));
      if (!saved) {
        return refused(actor, action, entry.id(), "the entry changed meanwhile; read it again");
      }
      audit.ok(actor, action, entry.id(), Map.of("state", after.state().name(), "on", on));
    } else if (outcome instanceof EntryOutcome.Refused r) {
      audit.refused(actor, action, entry.id(), r.reason());
    }
    return outcome;
  }

  private void decider(Caller caller, ListPolicy policy, SubjectRow subject) {
    caller.require("decide list entries", Role.PROVIDER);
    Provider p =
        providers
            .find(caller.provider().orElseThrow())
            .orElseThrow(() ->
                new Forbidden(caller.actor(), "decide list entries", "provider not registered"));
    boolean region = p.regions().stream().anyMatch(subject.region()::startsWith);
    if (!policy.deciders().contains(p.kind()) || !region) {
      throw new Forbidden(
          caller.actor(),
          "decide list entries",
          "provider "
              + p.id()
              + " does not decide entries on "
              + policy.id()
              + " for region "
              + subject.region());
    }
  }

  private LocalDate day(LocalDate on) {
    LocalDate today = LocalDate.now(clock);
    if (on == null) {
      return today;
    }
    if (on.isAfter(today)) {
      throw new org.chengxin.platform.web.BadRequest("on", "a step cannot be dated in the future");
    }
    return on;
  }

  private EntryOutcome refused(Caller caller, String action, String target, String reason) {
    return refused(caller.actor(), action, target, reason);
  }

  private EntryOutcome refused(String actor, String action, String target, String reason) {
    audit.refused(actor, action, target, reason);
    return new EntryOutcome.Refused(reason);
  }
}
