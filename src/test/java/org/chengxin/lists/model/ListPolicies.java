package org.chengxin.lists.model;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.chengxin.catalog.model.CreditDomain;
import org.chengxin.providers.model.ProviderKind;

/** List policies built in code, so lifecycle tests do not depend on the shipped file. */
final class ListPolicies {
  private ListPolicies() {}

  /** Two years, extendable by three, ten days to object, minors excluded. */
  static ListPolicy judgmentDefaulters() {
    return policy(
        "jd", ListKind.JUDGMENT_DEFAULTER, Period.ofDays(10), false, 2, Period.ofYears(3), null);
  }

  /** Three years, early removal only after one. */
  static ListPolicy blacklist() {
    return policy(
        "bl", ListKind.BLACK, Period.ofDays(10), false, 3, Period.ZERO, Period.ofYears(1));
  }

  /** Active right after the notice. */
  static ListPolicy redList() {
    return policy("red", ListKind.RED, Period.ZERO, true, 1, Period.ZERO, null);
  }

  private static ListPolicy policy(
      String id,
      ListKind kind,
      Period window,
      boolean atOnce,
      int years,
      Period maxExtension,
      Period earliestRemoval) {
    return new ListPolicy(
        id,
        kind,
        "名单" + id,
        "List " + id,
        "a regulation, art. 1",
        "an authority",
        Set.of(ProviderKind.COURT),
        Set.of(CreditDomain.JUDICIAL),
        List.of(new Criterion.RecordOfType("court-judgment-unperformed")),
        Period.ZERO,
        window,
        atOnce,
        Period.ofYears(years),
        maxExtension,
        earliestRemoval,
        List.of("obligation performed"),
        true,
        true);
  }
}
