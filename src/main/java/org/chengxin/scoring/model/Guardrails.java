package org.chengxin.scoring.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.Catalog;

/**
 * Checks a scheme against the national policy and the catalog, reporting every violation at once so
 * an author fixes a scheme in one round. An empty answer means the scheme may be published.
 */
public final class Guardrails {

  private Guardrails() {}

  public static List<SchemeViolation> check(Scheme scheme, Catalog catalog, NationalPolicy policy) {
    List<SchemeViolation> out = new ArrayList<>();
    SchemeChecks.check(scheme, policy, out);
    Set<String> ruleIds = new HashSet<>();
    for (Rule rule : scheme.rules()) {
      if (!ruleIds.add(rule.id())) {
        out.add(Guardrail.DUPLICATE_RULE_ID.byRule(rule.id(), "the id is used by another rule"));
      }
      RuleChecks.check(rule, scheme, catalog, policy, out);
    }
    return List.copyOf(out);
  }
}
