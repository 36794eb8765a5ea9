package org.chengxin.scoring.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.catalog.model.Severity;
import org.chengxin.identity.model.SubjectKind;

/**
 * The national policy every regional scheme must pass (DESIGN principle 7); {@link Guardrails}
 * applies it. Shipped as {@code policy/national-policy.yaml}, which equals {@link #defaults()}.
 *
 * @param scorable which catalog types may be scored at all
 * @param maxPointsPerRecord the largest |points| one record may move a score, by severity
 * @param domainDimensions the dimensions records of each domain may move (every domain listed)
 * @param allowedCrossDomain exceptions to {@code domainDimensions}, each explicit
 * @param reservedDimensions dimensions only schemes for these subject kinds may declare
 * @param requiredDimensions dimensions every scheme keeps
 * @param scoreMinorNegativeRecords whether minor negative records count; the 2025 State Council
 *     plan lets them go unpublished, and what is not published should not be scored
 */
public record NationalPolicy(
    int version,
    ScorableTypes scorable,
    Map<Severity, Integer> maxPointsPerRecord,
    Map<CreditDomain, Set<String>> domainDimensions,
    List<DomainDimension> allowedCrossDomain,
    Map<String, Set<SubjectKind>> reservedDimensions,
    Set<String> requiredDimensions,
    boolean scoreMinorNegativeRecords) {

  public NationalPolicy {
    Objects.requireNonNull(scorable, "scorable");
    maxPointsPerRecord = Map.copyOf(maxPointsPerRecord);
    domainDimensions = Map.copyOf(domainDimensions);
    allowedCrossDomain = List.copyOf(allowedCrossDomain);
    reservedDimensions = Map.copyOf(reservedDimensions);
    requiredDimensions = Set.copyOf(requiredDimensions);
    for (Severity severity : Severity.values()) {
      Integer max = maxPointsPerRecord.get(severity);
      if (max == null || max < 1) {
        throw new IllegalArgumentException("maxPointsPerRecord." + severity + " must be 1 or more");
      }
    }
    for (CreditDomain domain : CreditDomain.values()) {
      if (!domainDimensions.containsKey(domain)) {
        throw new IllegalArgumentException("domainDimensions." + domain + " is missing");
      }
    }
    Set<String> known = dimensionsOf(domainDimensions);
    requireKnown("requiredDimensions", requiredDimensions, known);
    requireKnown("reservedDimensions", reservedDimensions.keySet(), known);
    allowedCrossDomain.forEach(
        pair -> requireKnown("allowedCrossDomain", Set.of(pair.dimension()), known));
  }

  /**
   * The policy the platform ships: every type scorable; 20/50/100 points for minor/general/serious
   * records; commerce moves the financial score, society the social one, the courts both,
   * government affairs the social one and a {@code government} score that only public institutions
   * have; no cross-domain exceptions; minor negative records scored (the 2025 plan lets a region
   * keep them unpublished; a region that does so sets the flag off, and its schemes may not score
   * them).
   */
  public static NationalPolicy defaults() {
    Map<CreditDomain, Set<String>> domains = new EnumMap<>(CreditDomain.class);
    domains.put(CreditDomain.COMMERCIAL, Set.of("financial"));
    domains.put(CreditDomain.SOCIETAL, Set.of("social"));
    domains.put(CreditDomain.JUDICIAL, Set.of("financial", "social"));
    domains.put(CreditDomain.GOVERNMENT_AFFAIRS, Set.of("social", "government"));
    return new NationalPolicy(
        1,
        new ScorableTypes.AllExcept(Set.of()),
        Map.of(Severity.MINOR, 20, Severity.GENERAL, 50, Severity.SERIOUS, 100),
        domains,
        List.of(),
        Map.of("government", Set.of(SubjectKind.PUBLIC_INSTITUTION)),
        Set.of("financial", "social"),
        true);
  }

  /** Every dimension a scheme may declare, sorted. */
  public Set<String> knownDimensions() {
    return dimensionsOf(domainDimensions);
  }

  public int maxPoints(Severity severity) {
    return maxPointsPerRecord.get(severity);
  }

  /** Whether records of the domain may move the dimension, by default or by explicit exception. */
  public boolean mayMove(CreditDomain domain, String dimension) {
    return domainDimensions.get(domain).contains(dimension)
        || allowedCrossDomain.contains(new DomainDimension(domain, dimension));
  }

  private static Set<String> dimensionsOf(Map<CreditDomain, Set<String>> domains) {
    Set<String> all = new TreeSet<>();
    domains.values().forEach(all::addAll);
    return all;
  }

  private static void requireKnown(String field, Set<String> names, Set<String> known) {
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            field + " names '" + name + "', which no domain may move; known: " + known);
      }
    }
  }
}
