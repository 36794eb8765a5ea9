package org.chengxin.scoring.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chengxin.identity.model.SubjectKind;

/** The scheme-level guardrails: jurisdiction, subject kinds, dimensions, tiers and composite. */
final class SchemeChecks {

  // A province (2), prefecture (4) or county (6) prefix of a GB/T 2260 code; empty is national.
  private static final Pattern JURISDICTION = Pattern.compile("(\\d\\d){0,3}");

  private SchemeChecks() {}

  static void check(Scheme scheme, NationalPolicy policy, List<SchemeViolation> out) {
    String where = "scheme " + scheme.id() + " v" + scheme.version();
    if (!JURISDICTION.matcher(scheme.jurisdiction()).matches()) {
      out.add(
          Guardrail.JURISDICTION.byScheme(
              where,
              "'"
                  + scheme.jurisdiction()
                  + "' is not an administrative-division prefix of 0, 2, 4 or 6 digits"));
    }
    if (scheme.subjectKinds().isEmpty()) {
      out.add(Guardrail.NO_SUBJECT_KIND.byScheme(where, "no subject kind is named"));
    }
    dimensions(scheme, policy, where, out);
    if (scheme.composite() != null) {
      composite(scheme, where + ", composite", out);
    }
  }

  private static void dimensions(
      Scheme scheme, NationalPolicy policy, String where, List<SchemeViolation> out) {
    Set<String> seen = new HashSet<>();
    for (DimensionSpec dimension : scheme.dimensions()) {
      String at = where + ", dimension " + dimension.id();
      if (!seen.add(dimension.id())) {
        out.add(Guardrail.DUPLICATE_DIMENSION.byScheme(at, "the dimension is declared twice"));
        continue;
      }
      if (!policy.knownDimensions().contains(dimension.id())) {
        out.add(
            Guardrail.UNKNOWN_DIMENSION.byScheme(
                at, "the national policy knows only " + policy.knownDimensions()));
      }
      reserved(scheme, policy, dimension.id(), at, out);
      TierChecks.check(at, dimension.tiers(), dimension.base(), out);
    }
    for (String required : policy.requiredDimensions()) {
      if (!seen.contains(required)) {
        out.add(
            Guardrail.MISSING_DIMENSION.byScheme(
                where, "the " + required + " dimension is not declared"));
      }
    }
  }

  private static void reserved(
      Scheme scheme, NationalPolicy policy, String id, String at, List<SchemeViolation> out) {
    Set<SubjectKind> only = policy.reservedDimensions().get(id);
    if (only != null && !only.containsAll(scheme.subjectKinds())) {
      out.add(
          Guardrail.RESERVED_DIMENSION.byScheme(
              at,
              "only schemes rating "
                  + only
                  + " may declare it, and this one rates "
                  + scheme.subjectKinds()));
    }
  }

  private static void composite(Scheme scheme, String at, List<SchemeViolation> out) {
    Map<String, Integer> weights = scheme.composite().weights();
    Set<String> declared = new HashSet<>();
    scheme.dimensions().forEach(d -> declared.add(d.id()));
    int sum = 0;
    for (Map.Entry<String, Integer> weight : weights.entrySet()) {
      if (!declared.contains(weight.getKey())) {
        out.add(
            Guardrail.COMPOSITE_WEIGHTS.byScheme(
                at, "weighs '" + weight.getKey() + "', which the scheme does not declare"));
      }
      if (weight.getValue() == null || weight.getValue() < 1 || weight.getValue() > 100) {
        out.add(
            Guardrail.COMPOSITE_WEIGHTS.byScheme(
                at, "the weight of " + weight.getKey() + " must be 1 to 100 percent"));
      } else {
        sum += weight.getValue();
      }
    }
    if (sum != 100) {
      out.add(Guardrail.COMPOSITE_WEIGHTS.byScheme(at, "the weights sum to " + sum + ", not 100"));
    }
    TierChecks.check(at, scheme.composite().tiers(), null, out);
  }
}
