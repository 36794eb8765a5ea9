package org.chengxin.scoring.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chengxin.identity.model.SubjectKind;

/**
 * A versioned, published scoring scheme for one jurisdiction (an administrative-division prefix;
 * the most specific prefix wins) and some subject kinds. Values only: {@link CompiledScheme}
 * compiles it, {@code Guardrails} checks it against the national policy.
 */
public record Scheme(
    String id,
    int version,
    String title,
    String jurisdiction,
    Set<SubjectKind> subjectKinds,
    LocalDate effectiveFrom,
    List<DimensionSpec> dimensions,
    List<Rule> rules,
    Composite composite,
    ObjectionPolicy onObjection) {

  public Scheme {
    Objects.requireNonNull(id, "scheme id");
    if (version < 1) {
      throw new IllegalArgumentException("scheme " + id + ": version must be 1 or more");
    }
    title = title == null ? id : title;
    jurisdiction = jurisdiction == null ? "" : jurisdiction;
    subjectKinds = Set.copyOf(subjectKinds);
    Objects.requireNonNull(effectiveFrom, () -> "scheme " + id + ": effectiveFrom");
    dimensions = List.copyOf(dimensions);
    rules = List.copyOf(rules);
    onObjection = onObjection == null ? ObjectionPolicy.FROZEN : onObjection;
  }
}
