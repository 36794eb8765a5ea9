package org.chengxin.catalog.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;

/**
 * One kind of credit record the platform accepts. The constructor only makes the value well formed
 * (no null enums, immutable collections); whether the type is acceptable — legal basis, periods,
 * prohibited categories — is decided by {@link CatalogPolicy}, which reports every problem instead
 * of stopping at the first.
 *
 * @param code stable kebab-case identifier, e.g. {@code loan-default}
 * @param category the provider's declared category, free text, e.g. "loan performance"
 * @param legalBasis the law, regulation or rule that allows recording this fact
 */
public record RecordType(
    String code,
    String nameZh,
    String nameEn,
    String category,
    CreditDomain domain,
    Set<SubjectKind> subjectKinds,
    Polarity polarity,
    Severity severity,
    String legalBasis,
    Disclosure disclosure,
    PublicityPeriod publicity,
    List<AttributeSpec> attributes) {

  public RecordType {
    Objects.requireNonNull(code, "record type code");
    Objects.requireNonNull(nameZh, () -> field(code, "nameZh"));
    Objects.requireNonNull(nameEn, () -> field(code, "nameEn"));
    category = category == null ? "" : category;
    Objects.requireNonNull(domain, () -> field(code, "domain"));
    subjectKinds =
        subjectKinds == null || subjectKinds.isEmpty() ? Set.of() : immutable(subjectKinds);
    Objects.requireNonNull(polarity, () -> field(code, "polarity"));
    Objects.requireNonNull(severity, () -> field(code, "severity"));
    legalBasis = legalBasis == null ? "" : legalBasis;
    Objects.requireNonNull(disclosure, () -> field(code, "disclosure"));
    Objects.requireNonNull(publicity, () -> field(code, "publicity"));
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }

  public boolean appliesTo(SubjectKind kind) {
    return subjectKinds.contains(kind);
  }

  /** The attribute spec with this name; a linear scan, as types have a handful of attributes. */
  public Optional<AttributeSpec> attribute(String name) {
    for (AttributeSpec spec : attributes) {
      if (spec.name().equals(name)) {
        return Optional.of(spec);
      }
    }
    return Optional.empty();
  }

  public boolean isNegative() {
    return polarity == Polarity.NEGATIVE;
  }

  // An EnumSet iterates in declaration order, so equal types print and serialise alike.
  private static Set<SubjectKind> immutable(Set<SubjectKind> kinds) {
    return Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  private static String field(String code, String name) {
    return "record type '" + code + "': " + name;
  }
}
