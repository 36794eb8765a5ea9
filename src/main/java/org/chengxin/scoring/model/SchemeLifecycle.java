package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;

/**
 * The only place a scheme version changes status: draft → published → retired, and draft → retired
 * for a withdrawn draft (kept, not deleted, because history is kept — DESIGN principle 6). Nothing
 * returns to draft: a published or retired version is immutable, and a change to it is a new
 * version, made by {@link #revise}. Refusals are returned, not thrown.
 */
public final class SchemeLifecycle {

  private static final Map<SchemeStatus, Set<SchemeStatus>> LEGAL =
      Map.of(
          SchemeStatus.DRAFT, EnumSet.of(SchemeStatus.PUBLISHED, SchemeStatus.RETIRED),
          SchemeStatus.PUBLISHED, EnumSet.of(SchemeStatus.RETIRED),
          SchemeStatus.RETIRED, EnumSet.noneOf(SchemeStatus.class));

  private SchemeLifecycle() {}

  public static boolean isLegal(SchemeStatus from, SchemeStatus to) {
    return LEGAL.get(from).contains(to);
  }

  /**
   * Moves a version to {@code target} on the given date. Publishing also needs the scheme to pass
   * the guardrails and to take effect no earlier than the publication date.
   */
  public static Transition moveTo(
      SchemeVersion current,
      SchemeStatus target,
      LocalDate on,
      Catalog catalog,
      NationalPolicy policy) {
    Objects.requireNonNull(on, "date");
    if (!isLegal(current.status(), target)) {
      return new Transition.Refused(
          current.label()
              + " is "
              + current.status()
              + " and cannot become "
              + target
              + (current.status() == SchemeStatus.DRAFT ? "" : "; a change needs a new version"));
    }
    return switch (target) {
      case PUBLISHED -> publish(current, on, catalog, policy);
      case RETIRED -> retire(current, on);
      case DRAFT -> throw new IllegalStateException("no status may move to DRAFT");
    };
  }

  public static Transition publish(
      SchemeVersion draft, LocalDate on, Catalog catalog, NationalPolicy policy) {
    if (!isLegal(draft.status(), SchemeStatus.PUBLISHED)) {
      return moveTo(draft, SchemeStatus.PUBLISHED, on, catalog, policy);
    }
    Scheme scheme = draft.scheme();
    if (scheme.effectiveFrom().isBefore(on)) {
      return new Transition.Refused(
          draft.label()
              + " would take effect on "
              + scheme.effectiveFrom()
              + ", before its publication on "
              + on
              + "; a scheme is not effective before it is"
              + " published");
    }
    List<SchemeViolation> violations = Guardrails.check(scheme, catalog, policy);
    if (!violations.isEmpty()) {
      return new Transition.Refused(
          draft.label() + " breaks " + violations.size() + " national guardrail(s)", violations);
    }
    return new Transition.Done(new SchemeVersion(scheme, SchemeStatus.PUBLISHED, on, null));
  }

  public static Transition retire(SchemeVersion current, LocalDate on) {
    if (!isLegal(current.status(), SchemeStatus.RETIRED)) {
      return moveTo(current, SchemeStatus.RETIRED, on, null, null);
    }
    if (current.publishedOn() != null && on.isBefore(current.publishedOn())) {
      return new Transition.Refused(
          current.label()
              + " was published on "
              + current.publishedOn()
              + " and cannot be retired earlier, on "
              + on);
    }
    return new Transition.Done(
        new SchemeVersion(current.scheme(), SchemeStatus.RETIRED, current.publishedOn(), on));
  }

  /**
   * A changed scheme: a draft is replaced in place (same id and version); a published or retired
   * version stays as it is and the change becomes a new draft with a higher version.
   */
  public static Transition revise(SchemeVersion current, Scheme changed) {
    Scheme old = current.scheme();
    if (!old.id().equals(changed.id())) {
      return new Transition.Refused(
          current.label() + " cannot be revised into scheme " + changed.id());
    }
    if (current.status() == SchemeStatus.DRAFT && changed.version() != old.version()) {
      return new Transition.Refused(
          current.label() + " is a draft and changes in place; keep version " + old.version());
    }
    if (current.status() != SchemeStatus.DRAFT && changed.version() <= old.version()) {
      return new Transition.Refused(
          current.label()
              + " is "
              + current.status()
              + " and immutable; a change needs a version"
              + " above "
              + old.version());
    }
    return new Transition.Done(SchemeVersion.draft(changed));
  }
}
