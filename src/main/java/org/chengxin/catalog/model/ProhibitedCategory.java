package org.chengxin.catalog.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A category of information the catalog refuses whatever the provider's reason (DESIGN principle
 * 1), and the terms that betray it.
 *
 * @param id stable identifier used in violation rule ids, e.g. {@code religion}
 * @param basis why it is prohibited, cited in every violation message
 */
public record ProhibitedCategory(
    String id, String labelEn, String labelZh, String basis, List<Term> matchers) {

  public ProhibitedCategory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(labelZh, "labelZh");
    Objects.requireNonNull(basis, "basis");
    matchers = List.copyOf(matchers);
  }

  /** Where the category first shows in the given fields, if anywhere. */
  public Optional<Hit> firstHit(List<ScannedText> fields) {
    for (ScannedText field : fields) {
      for (Term term : matchers) {
        if (term.matches(field)) {
          return Optional.of(new Hit(field.field(), term.text()));
        }
      }
    }
    return Optional.empty();
  }

  /** The field that showed the category and the term found in it. */
  public record Hit(String field, String term) {}
}
