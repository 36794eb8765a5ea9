package org.chengxin.scoring.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.platform.web.NotFound;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.NationalPolicy;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeLifecycle;
import org.chengxin.scoring.model.SchemeStatus;
import org.chengxin.scoring.model.SchemeVersion;
import org.chengxin.scoring.model.Transition;
import org.chengxin.scoring.policy.PolicyYaml;
import org.chengxin.scoring.store.SchemeTable;
import org.chengxin.scoring.store.SchemeYaml;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The schemes in force. On an empty store the shipped schemes are published as of the day they took
 * effect (they passed the guardrails, or the store would refuse them). Compiled schemes are cached:
 * a published version never changes.
 */
@Service
public class SchemeService {
  private final SchemeTable table;
  private final CatalogService catalog;
  private final NationalPolicy policy = PolicyYaml.readDefault();
  private final Map<String, CompiledScheme> compiled = new ConcurrentHashMap<>();

  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  public SchemeService(
      SchemeTable table, CatalogService catalog, AuditLog audit, ApplicationEventPublisher events) {
    this.table = table;
    this.catalog = catalog;
    this.audit = audit;
    this.events = events;
    seed();
  }

  /** Published when a version is published or retired: which scores are served may change. */
  public record SchemeMoved(String schemeId, int version, SchemeStatus status) {}

  public NationalPolicy policy() {
    return policy;
  }

  public List<SchemeVersion> all() {
    return table.all();
  }

  /**
   * For each scheme, the newest version published by {@code asOf}, in effect on it, not retired,
   * covering the subject's kind and region (its jurisdiction a prefix of the region code).
   */
  public List<CompiledScheme> applicable(SubjectKind kind, String region, LocalDate asOf) {
    Map<String, SchemeVersion> newest = new java.util.TreeMap<>();
    for (SchemeVersion v : table.all()) {
      Scheme s = v.scheme();
      if (inForce(v, asOf)
          && s.subjectKinds().contains(kind)
          && region.startsWith(s.jurisdiction())) {
        newest.merge(s.id(), v, (a, b) -> a.scheme().version() >= b.scheme().version() ? a : b);
      }
    }
    List<CompiledScheme> result = new ArrayList<>();
    for (SchemeVersion v : newest.values()) {
      result.add(compiled(v.scheme()));
    }
    return result;
  }

  /** A stored version, compiled once (a published version never changes). */
  public CompiledScheme compiled(String id, int version) {
    return compiled(
        table
            .find(id, version)
            .orElseThrow(() -> new NotFound("scheme " + id + " v" + version))
            .scheme());
  }

  private CompiledScheme compiled(Scheme s) {
    return compiled.computeIfAbsent(
        s.id() + "@" + s.version(), k -> CompiledScheme.compile(s, catalog.current()));
  }

  /** A policy administrator files a draft; a new version of a published scheme starts so too. */
  public synchronized Transition draft(Caller caller, Scheme scheme) {
    caller.require("draft schemes", Role.POLICY_ADMIN);
    var existing = table.find(scheme.id(), scheme.version());
    Transition t =
        existing.isEmpty()
            ? new Transition.Done(SchemeVersion.draft(scheme))
            : SchemeLifecycle.revise(existing.get(), scheme);
    if (t instanceof Transition.Done(SchemeVersion v)) {
      table.save(v, caller.actor());
      audit.ok(caller.actor(), "draft scheme", label(scheme), Map.of());
    }
    return t;
  }

  /** Moves a stored version to PUBLISHED or RETIRED on {@code on}, if the lifecycle allows. */
  public synchronized Transition move(
      Caller caller, String id, int version, SchemeStatus target, LocalDate on) {
    caller.require("publish or retire schemes", Role.POLICY_ADMIN);
    SchemeVersion current =
        table.find(id, version).orElseThrow(() -> new NotFound("scheme " + id + " v" + version));
    Transition t = SchemeLifecycle.moveTo(current, target, on, catalog.current(), policy);
    if (t instanceof Transition.Done(SchemeVersion v)) {
      table.save(v, caller.actor());
      audit.ok(
          caller.actor(),
          target.name().toLowerCase() + " scheme",
          id + " v" + version,
          Map.of("on", on.toString()));
      events.publishEvent(new SchemeMoved(id, version, target));
    } else if (t instanceof Transition.Refused r) {
      audit.refused(caller.actor(), "move scheme to " + target, id + " v" + version, r.reason());
    }
    return t;
  }

  /** The newest published version of {@code id} in force on {@code asOf}, if any. */
  public java.util.Optional<SchemeVersion> publishedInForce(String id, LocalDate asOf) {
    return table.all().stream()
        .filter(v -> v.scheme().id().equals(id) && inForce(v, asOf))
        .max(java.util.Comparator.comparingInt(v -> v.scheme().version()));
  }

  private static boolean inForce(SchemeVersion v, LocalDate asOf) {
    return v.publishedOn() != null
        && !v.publishedOn().isAfter(asOf)
        && !v.scheme().effectiveFrom().isAfter(asOf)
        && (v.retiredOn() == null || v.retiredOn().isAfter(asOf));
  }

  public java.util.Optional<SchemeVersion> find(String id, int version) {
    return table.find(id, version);
  }

  private static String label(Scheme s) {
    return s.id() + " v" + s.version();
  }

  private void seed() {
    if (!table.isEmpty()) {
      return;
    }
    for (String id : SchemeYaml.SHIPPED) {
      Scheme s = SchemeYaml.readShipped(id);
      Transition t =
          SchemeLifecycle.publish(
              SchemeVersion.draft(s), s.effectiveFrom(), catalog.current(), policy);
      if (!(t instanceof Transition.Done(SchemeVersion published))
          || published.status() != SchemeStatus.PUBLISHED) {
        throw new IllegalStateException("shipped scheme " + id + " cannot be published: " + t);
      }
      table.save(published, "shipped schemes");
    }
  }
}
