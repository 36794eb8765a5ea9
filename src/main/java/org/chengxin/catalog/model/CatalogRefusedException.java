package org.chengxin.catalog.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a catalog would contain a type the policy refuses or a code twice. A catalog is
 * configuration, so a refused one is a broken invariant, not a business outcome.
 */
public final class CatalogRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CatalogViolation> violations;

  public CatalogRefusedException(List<CatalogViolation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<CatalogViolation> violations() {
    return violations;
  }

  private static String describe(List<CatalogViolation> violations) {
    return "catalog refused, "
        + violations.size()
        + (violations.size() == 1 ? " violation:" : " violations:")
        + violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining());
  }
}
