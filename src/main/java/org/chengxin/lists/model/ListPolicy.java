package org.chengxin.lists.model;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.providers.model.ProviderKind;

/**
 * A list as published: what grounds it, who decides, what puts a subject on it, how long the
 * subject has to object, how long an entry lasts, how it ends. FACTS.md: a list may exist only
 * where law grounds it, and its criteria are published with removal conditions and remedies.
 *
 * @param deciders the kinds of provider (the deciding authority) that propose entries and take
 *     their steps
 * @param domains the credit domains the list belongs to: a measure it triggers must be in one of
 *     them unless the measures policy allows the pair
 * @param noticePeriod how long after the notice the entry may become active at the earliest
 *     (ignored when {@code activateAtOnce})
 * @param objectionWindow how long the subject has to object after the notice; an objection filed
 *     inside it keeps the entry from becoming active (calendar days until the holiday calendar of
 *     the due-process work)
 * @param activateAtOnce the entry becomes active right after the notice (for rewards)
 * @param maxExtension how much longer than {@code duration} an entry may be kept, all extensions
 *     together ({@link Period#ZERO}: none)
 * @param earliestRemoval how long an entry must have been active before an early removal by repair
 *     or by the authority's decision; null: any time
 * @param minorsExcluded persons under 18 are never proposed
 */
public record ListPolicy(
    String id,
    ListKind kind,
    String nameZh,
    String nameEn,
    String legalBasis,
    String authority,
    Set<ProviderKind> deciders,
    Set<CreditDomain> domains,
    List<Criterion> criteria,
    Period noticePeriod,
    Period objectionWindow,
    boolean activateAtOnce,
    Period duration,
    Period maxExtension,
    Period earliestRemoval,
    List<String> removalConditions,
    boolean published,
    boolean minorsExcluded) {

  public ListPolicy {
    require(id, "id");
    Objects.requireNonNull(kind, () -> "list " + id + ": kind");
    require(nameZh, "nameZh");
    require(nameEn, "nameEn");
    require(legalBasis, "legalBasis");
    require(authority, "authority");
    deciders = Set.copyOf(deciders);
    if (deciders.isEmpty()) {
      throw new IllegalArgumentException("list " + id + ": name the provider kinds that decide");
    }
    domains = Set.copyOf(domains);
    if (domains.isEmpty()) {
      throw new IllegalArgumentException("list " + id + ": name the credit domains it serves");
    }
    criteria = List.copyOf(criteria);
    removalConditions = List.copyOf(removalConditions);
    if (criteria.isEmpty() || removalConditions.isEmpty()) {
      throw new IllegalArgumentException(
          "list " + id + ": criteria and removal conditions must both be published");
    }
    notNegative(id, "noticePeriod", noticePeriod);
    notNegative(id, "objectionWindow", objectionWindow);
    notNegative(id, "maxExtension", maxExtension);
    notNegative(id, "duration", duration);
    if (duration.isZero()) {
      throw new IllegalArgumentException("list " + id + ": an entry must end: give a duration");
    }
    if (earliestRemoval != null) {
      notNegative(id, "earliestRemoval", earliestRemoval);
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a list policy needs " + field);
    }
  }

  private static void notNegative(String id, String field, Period p) {
    if (p == null) {
      throw new IllegalArgumentException("list " + id + ": " + field + " is required");
    }
    if (p.isNegative()) {
      throw new IllegalArgumentException("list " + id + ": " + field + " must be 0 or more");
    }
  }
}
