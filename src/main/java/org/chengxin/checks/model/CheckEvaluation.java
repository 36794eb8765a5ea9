package org.chengxin.checks.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers a check: of the measures of one purpose, those whose trigger the subject's facts meet,
 * each with its reason. Purpose-bound by construction: it is handed only that purpose's measures
 * and returns nothing else about the subject (DESIGN principle 9).
 */
public final class CheckEvaluation {
  private CheckEvaluation() {}

  public static CheckOutcome evaluate(List<Measure> measuresOfPurpose, CheckFacts facts) {
    List<AppliedMeasure> applied = new ArrayList<>();
    for (Measure m : measuresOfPurpose) {
      AppliedMeasure a = apply(m, facts);
      if (a != null) {
        applied.add(a);
      }
    }
    return applied.isEmpty()
        ? new CheckOutcome.NoneApply()
        : new CheckOutcome.MeasuresApply(applied);
  }

  private static AppliedMeasure apply(Measure m, CheckFacts facts) {
    return switch (m.trigger()) {
      case Trigger.OnList l -> {
        CheckFacts.ActiveEntry e = facts.activeEntries().get(l.listId());
        if (e != null) {
          yield applied(m, "active entry on " + l.listId(), e.entryId(), e.endsOn());
        }
        yield m.alsoOnRepresentatives() ? asRepresentative(m, l.listId(), facts) : null;
      }
      case Trigger.Rating r -> {
        String rating = facts.ratings().get(CheckFacts.ratingKey(r.schemeId(), r.dimension()));
        yield rating != null && r.ratings().contains(rating)
            ? applied(
                m, "rated " + rating + " in " + r.schemeId() + " " + r.dimension(), null, null)
            : null;
      }
      case Trigger.RecordOfType t ->
          facts.recordTypes().contains(t.recordType())
              ? applied(m, "a current " + t.recordType() + " record", null, null)
              : null;
    };
  }

  /** The measure falls on the person answering for a listed organisation (FACTS.md). */
  private static AppliedMeasure asRepresentative(Measure m, String listId, CheckFacts facts) {
    for (CheckFacts.RepresentedEntry r : facts.answersFor()) {
      if (r.listId().equals(listId)) {
        return applied(
            m,
            r.role() + " of " + r.organisation() + ", which has an active entry on " + listId,
            r.entry().entryId(),
            r.entry().endsOn());
      }
    }
    return null;
  }

  private static AppliedMeasure applied(
      Measure m, String because, String entry, java.time.LocalDate endsOn) {
    return new AppliedMeasure(
        m.code(),
        m.nameZh(),
        m.nameEn(),
        m.kind(),
        m.effect(),
        because,
        entry,
        m.legalBasis(),
        endsOn);
  }
}
