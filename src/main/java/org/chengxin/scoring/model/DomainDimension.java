package org.chengxin.scoring.model;

import java.util.Objects;
import org.chengxin.catalog.model.CreditDomain;

/**
 * A pair the national policy explicitly allows across domains: records of {@code domain} may move
 * {@code dimension}.
 */
public record DomainDimension(CreditDomain domain, String dimension) {

  public DomainDimension {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(dimension, "dimension");
  }
}
