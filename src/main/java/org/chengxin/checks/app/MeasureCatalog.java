package org.chengxin.checks.app;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.checks.model.Measure;
import org.chengxin.checks.model.MeasureChecks;
import org.chengxin.checks.model.MeasureViolation;
import org.chengxin.checks.store.MeasureYaml;
import org.chengxin.lists.app.ListPolicies;
import org.chengxin.lists.model.ListPolicy;
import org.chengxin.scoring.app.SchemeService;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeVersion;
import org.springframework.stereotype.Service;

/**
 * The measures in force: the shipped file, refused at start if any measure breaks a guardrail
 * (names nothing, or is triggered from another credit domain).
 */
@Service
public class MeasureCatalog {
  private final List<Measure> measures;
  private final Map<String, List<Measure>> byPurpose;

  public MeasureCatalog(CatalogService catalog, ListPolicies lists, SchemeService schemes) {
    MeasureYaml.Measures file = MeasureYaml.readDefault();
    Map<String, Scheme> newest =
        schemes.all().stream()
            .collect(
                Collectors.toMap(
                    v -> v.scheme().id(),
                    SchemeVersion::scheme,
                    (a, b) -> a.version() >= b.version() ? a : b));
    List<MeasureViolation> violations =
        MeasureChecks.check(
            file.measures(),
            new MeasureChecks.Context(
                catalog.current(),
                lists.all().stream().collect(Collectors.toMap(ListPolicy::id, Function.identity())),
                newest,
                schemes.policy(),
                file.allowedCrossDomain()));
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          violations.size() + " measure(s) break the guardrails; first: " + violations.get(0));
    }
    measures = file.measures();
    byPurpose = measures.stream().collect(Collectors.groupingBy(Measure::purpose));
  }

  public List<Measure> all() {
    return measures;
  }

  public List<Measure> ofPurpose(String purpose) {
    return byPurpose.getOrDefault(purpose, List.of());
  }

  public Set<String> purposes() {
    return new TreeSet<>(byPurpose.keySet());
  }

  /** The measures sorted for display: by purpose, then code. */
  public List<Measure> sorted() {
    return measures.stream()
        .sorted(Comparator.comparing(Measure::purpose).thenComparing(Measure::code))
        .toList();
  }
}
