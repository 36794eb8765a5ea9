package org.chengxin.checks.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.scoring.model.DimensionSpec;
import org.chengxin.scoring.model.NationalPolicy;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.Tier;

/**
 * The guardrails over the measures, as over the scoring schemes (DESIGN principle 7): every trigger
 * names something that exists, and a measure is triggered only from its own credit domain — no
 * flight ban for jaywalking — unless the measures policy allows that pair explicitly.
 */
public final class MeasureChecks {
  private MeasureChecks() {}

  /** What the measures are checked against. */
  public record Context(
      Catalog catalog,
      Map<String, ListPolicy> lists,
      Map<String, Scheme> schemes,
      NationalPolicy policy,
      Set<DomainPair> allowed) {}

  /** Every violation, in measure order; empty when the measures may be used. */
  public static List<MeasureViolation> check(List<Measure> measures, Context context) {
    List<MeasureViolation> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (Measure m : measures) {
      if (!codes.add(m.code())) {
        out.add(violation(m, "duplicate-code", "the code " + m.code() + " is used twice"));
      }
      Optional<Set<CreditDomain>> domains = triggerDomains(m, context, out);
      if (domains.isPresent() && !allowed(m.domain(), domains.get(), context.allowed())) {
        out.add(
            violation(
                m,
                "cross-domain",
                "a "
                    + m.domain()
                    + " measure triggered from "
                    + domains.get()
                    + "; only its own domain may trigger it unless the policy allows the pair"));
      }
    }
    return out;
  }

  private static boolean allowed(
      CreditDomain measure, Set<CreditDomain> triggers, Set<DomainPair> allowed) {
    if (triggers.contains(measure)) {
      return true;
    }
    for (CreditDomain t : triggers) {
      if (allowed.contains(new DomainPair(t, measure))) {
        return true;
      }
    }
    return false;
  }

  /** The domains the trigger belongs to; empty (with a violation added) if it names nothing. */
  private static Optional<Set<CreditDomain>> triggerDomains(
      Measure m, Context c, List<MeasureViolation> out) {
    return switch (m.trigger()) {
      case Trigger.OnList l -> {
        ListPolicy list = c.lists().get(l.listId());
        if (list == null) {
          out.add(violation(m, "unknown-list", "no list '" + l.listId() + "'"));
          yield Optional.empty();
        }
        yield Optional.of(list.domains());
      }
      case Trigger.RecordOfType t -> {
        Optional<RecordType> type = c.catalog().find(t.recordType());
        if (type.isEmpty()) {
          out.add(violation(m, "unknown-type", "'" + t.recordType() + "' is not in the catalog"));
          yield Optional.empty();
        }
        yield Optional.of(Set.of(type.get().domain()));
      }
      case Trigger.Rating r -> ratingDomains(m, r, c, out);
    };
  }

  private static Optional<Set<CreditDomain>> ratingDomains(
      Measure m, Trigger.Rating r, Context c, List<MeasureViolation> out) {
    Scheme scheme = c.schemes().get(r.schemeId());
    DimensionSpec dimension =
        scheme == null
            ? null
            : scheme.dimensions().stream()
                .filter(d -> d.id().equals(r.dimension()))
                .findFirst()
                .orElse(null);
    if (dimension == null) {
      out.add(
          violation(
              m, "unknown-rating", "no dimension '" + r.dimension() + "' in " + r.schemeId()));
      return Optional.empty();
    }
    Set<String> ratings = new HashSet<>();
    for (Tier t : dimension.tiers()) {
      ratings.add(t.rating());
    }
    if (!ratings.containsAll(r.ratings())) {
      out.add(
          violation(m, "unknown-rating", r.ratings() + " are not all ratings of " + r.dimension()));
      return Optional.empty();
    }
    Set<CreditDomain> domains = EnumSet.noneOf(CreditDomain.class);
    c.policy()
        .domainDimensions()
        .forEach((domain, dims) -> {
          if (dims.contains(r.dimension())) {
            domains.add(domain);
          }
        });
    return Optional.of(domains);
  }

  private static MeasureViolation violation(Measure m, String guardrail, String message) {
    return new MeasureViolation(m.code(), guardrail, "measure " + m.code() + ": " + message);
  }
}
