package org.chengxin.scoring.model;

import java.util.List;
import java.util.Optional;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.Polarity;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.model.Severity;

/** The guardrails on one rule: its dimension, its record type, its points and its conditions. */
final class RuleChecks {

  private RuleChecks() {}

  static void check(
      Rule rule, Scheme scheme, Catalog catalog, NationalPolicy policy, List<SchemeViolation> out) {
    if (scheme.dimensions().stream().noneMatch(d -> d.id().equals(rule.dimension()))) {
      out.add(
          Guardrail.UNDECLARED_DIMENSION.byRule(
              rule.id(), "the scheme declares no " + rule.dimension() + " dimension"));
    }
    if (rule.halfLife() != null && (rule.halfLife().isNegative() || rule.halfLife().isZero())) {
      out.add(
          Guardrail.HALF_LIFE.byRule(
              rule.id(), "half-life " + rule.halfLife() + " is not a positive period"));
    }
    Optional<RecordType> found = catalog.find(rule.recordType());
    if (found.isEmpty()) {
      out.add(
          Guardrail.UNCATALOGUED_TYPE.byRule(
              rule.id(), "'" + rule.recordType() + "' is not a catalogued record type"));
      return;
    }
    RecordType type = found.get();
    typeChecks(rule, type, scheme, policy, out);
    polarity(rule, type, out);
    PointChecks.check(rule, type, policy, out);
    rule.when().forEach(condition -> ConditionChecks.check(rule, condition, type, out));
  }

  private static void typeChecks(
      Rule rule, RecordType type, Scheme scheme, NationalPolicy policy, List<SchemeViolation> out) {
    if (!policy.scorable().allows(type.code())) {
      out.add(
          Guardrail.TYPE_NOT_SCORABLE.byRule(
              rule.id(), "the national policy does not allow scoring " + type.code() + " records"));
    }
    if (!scheme.subjectKinds().isEmpty()
        && scheme.subjectKinds().stream().noneMatch(type::appliesTo)) {
      out.add(
          Guardrail.TYPE_NOT_FOR_SUBJECT_KIND.byRule(
              rule.id(),
              type.code()
                  + " records are kept on "
                  + type.subjectKinds()
                  + ", none of the "
                  + scheme.subjectKinds()
                  + " this scheme rates"));
    }
    if (policy.knownDimensions().contains(rule.dimension())
        && !policy.mayMove(type.domain(), rule.dimension())) {
      out.add(
          Guardrail.CROSS_DOMAIN.byRule(
              rule.id(),
              "a "
                  + type.domain()
                  + " record ("
                  + type.code()
                  + ") may not move the "
                  + rule.dimension()
                  + " dimension"));
    }
    if (type.isNegative()
        && type.severity() == Severity.MINOR
        && !policy.scoreMinorNegativeRecords()) {
      out.add(
          Guardrail.MINOR_NOT_SCORED.byRule(
              rule.id(), type.code() + " is a minor negative record, which the policy leaves out"));
    }
  }

  private static void polarity(Rule rule, RecordType type, List<SchemeViolation> out) {
    boolean fits = type.polarity() == Polarity.NEGATIVE ? rule.points() < 0 : rule.points() > 0;
    if (!fits) {
      out.add(
          Guardrail.POLARITY.byRule(
              rule.id(),
              rule.points()
                  + " points for a "
                  + type.polarity()
                  + " record ("
                  + type.code()
                  + "); it must "
                  + (type.isNegative() ? "take points" : "give points")));
    }
  }
}
