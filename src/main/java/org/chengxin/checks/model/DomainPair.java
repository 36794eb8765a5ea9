package org.chengxin.checks.model;

import java.util.Objects;
import org.chengxin.catalog.model.CreditDomain;

/**
 * An explicit exception to the domain guardrail: triggers of one domain may drive measures of
 * another.
 */
public record DomainPair(CreditDomain trigger, CreditDomain measure) {
  public DomainPair {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(measure, "measure");
  }
}
