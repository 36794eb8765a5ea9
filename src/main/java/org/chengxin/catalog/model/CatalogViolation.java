package org.chengxin.catalog.model;

import java.util.Objects;

/**
 * One reason a record type may not enter the catalog.
 *
 * @param rule stable identifier of the rule broken, e.g. {@code prohibited-category/religion} or
 *     {@code legal-basis/missing}; clients may switch on it
 * @param field the record type field at fault, e.g. {@code nameEn} or {@code attributes.faith.name}
 * @param message one sentence naming the type, the rule and its source, for people
 */
public record CatalogViolation(String rule, String field, String message) {

  public CatalogViolation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return rule + " [" + field + "]: " + message;
  }
}
