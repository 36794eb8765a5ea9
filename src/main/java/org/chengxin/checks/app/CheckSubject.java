package org.chengxin.checks.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.checks.model.AppliedMeasure;
import org.chengxin.checks.model.CheckEvaluation;
import org.chengxin.checks.model.CheckFacts;
import org.chengxin.checks.model.CheckOutcome;
import org.chengxin.checks.model.Measure;
import org.chengxin.checks.model.RelyingParty;
import org.chengxin.checks.model.Trigger;
import org.chengxin.checks.store.CheckLog;
import org.chengxin.checks.store.RelyingPartyTable;
import org.chengxin.identity.model.SubjectRelation;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.lists.model.ListEntry;
import org.chengxin.lists.store.EntryTable;
import org.chengxin.platform.web.Forbidden;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.records.store.RecordReader;
import org.chengxin.scoring.model.DimensionScore;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.StoredScore;
import org.springframework.stereotype.Service;

/**
 * A relying party asks "what applies to this subject for my purpose?": only a purpose it is
 * registered for (anything else is refused and audited), answered from the subject's active list
 * entries (and those of organisations it answers for), stored ratings and current records, and
 * logged for the subject to see. Read from the committed state on each call, so a check right after
 * an acknowledged change reflects it.
 */
@Service
public class CheckSubject {
  private final MeasureCatalog measures;
  private final RelyingPartyTable parties;
  private final EntryTable entries;
  private final ScoreTable scores;
  private final RecordReader records;
  private final CheckLog log;
  private final CatalogService catalog;
  private final SubjectStore subjects;
  private final Clock clock;

  public CheckSubject(
      MeasureCatalog measures,
      RelyingPartyTable parties,
      EntryTable entries,
      ScoreTable scores,
      RecordReader records,
      CheckLog log,
      CatalogService catalog,
      SubjectStore subjects,
      Clock clock) {
    this.measures = measures;
    this.parties = parties;
    this.entries = entries;
    this.scores = scores;
    this.records = records;
    this.log = log;
    this.catalog = catalog;
    this.subjects = subjects;
    this.clock = clock;
  }

  /** One subject's answer. */
  public record Answer(
      String subject,
      String purpose,
      String relyingParty,
      Instant checkedAt,
      CheckOutcome outcome) {}

  public Answer check(Caller caller, String subject, String purpose) {
    RelyingParty party = authorised(caller, purpose);
    return checkOne(party, subject, purpose);
  }

  /** Bulk screening: the same purpose for many subjects, each answered and logged. */
  public List<Answer> batch(Caller caller, List<String> subjects, String purpose) {
    RelyingParty party = authorised(caller, purpose);
    List<Answer> answers = new ArrayList<>(subjects.size());
    for (String subject : subjects) {
      answers.add(checkOne(party, subject, purpose));
    }
    return answers;
  }

  private Answer checkOne(RelyingParty party, String subject, String purpose) {
    List<Measure> ofPurpose = measures.ofPurpose(purpose);
    CheckOutcome outcome = CheckEvaluation.evaluate(ofPurpose, facts(subject, ofPurpose));
    Instant at =
        log.append(
            party.id(),
            purpose,
            subject,
            outcome.applied().stream().map(AppliedMeasure::code).toList());
    return new Answer(subject, purpose, party.id(), at, outcome);
  }

  private RelyingParty authorised(Caller caller, String purpose) {
    caller.require("check subjects", Role.RELYING_PARTY);
    RelyingParty party =
        parties
            .find(caller.relyingParty().orElseThrow())
            .filter(RelyingParty::active)
            .orElseThrow(
                () -> new Forbidden(caller.actor(), "check subjects", "relying party not active"));
    if (!party.purposes().contains(purpose)) {
      throw new Forbidden(
          caller.actor(),
          "check subjects for " + purpose,
          "relying party " + party.id() + " is not registered for the purpose '" + purpose + "'");
    }
    return party;
  }

  private CheckFacts facts(String subject, List<Measure> ofPurpose) {
    Map<String, CheckFacts.ActiveEntry> active = new HashMap<>();
    for (ListEntry e : entries.activeOf(subject)) {
      active.put(e.listId(), new CheckFacts.ActiveEntry(e.id(), e.endsOn()));
    }
    Map<String, String> ratings = new HashMap<>();
    for (StoredScore s : scores.served(subject)) {
      for (DimensionScore d : s.summary().dimensions()) {
        ratings.put(CheckFacts.ratingKey(s.summary().schemeId(), d.dimension()), d.rating());
      }
    }
    return new CheckFacts(
        subject, active, ratings, recordTypes(subject, ofPurpose), answersFor(subject, ofPurpose));
  }

  /**
   * The listed organisations the subject answers for today, read only when a measure of the purpose
   * falls on representatives too.
   */
  private List<CheckFacts.RepresentedEntry> answersFor(String subject, List<Measure> ofPurpose) {
    if (ofPurpose.stream().noneMatch(Measure::alsoOnRepresentatives)) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock);
    List<CheckFacts.RepresentedEntry> out = new ArrayList<>();
    for (SubjectRelation r : subjects.relationsOf(subject)) {
      if (!r.person().value().equals(subject) || !r.activeOn(today)) {
        continue;
      }
      String org = r.organisation().value();
      for (ListEntry e : entries.activeOf(org)) {
        out.add(
            new CheckFacts.RepresentedEntry(
                org,
                r.role().labelEn(),
                e.listId(),
                new CheckFacts.ActiveEntry(e.id(), e.endsOn())));
      }
    }
    return out;
  }

  /**
   * The types of the subject's current records still inside their publicity period (negative
   * information expires), read only when a measure of the purpose asks about record types.
   */
  private Set<String> recordTypes(String subject, List<Measure> ofPurpose) {
    if (ofPurpose.stream().noneMatch(m -> m.trigger() instanceof Trigger.RecordOfType)) {
      return Set.of();
    }
    LocalDate today = LocalDate.now(clock);
    Set<String> types = new HashSet<>();
    for (CreditRecord r : records.allOfSubject(subject)) {
      boolean current = r.status() == VersionStatus.CURRENT && r.action() != RecordAction.REVOKE;
      boolean shown =
          catalog
              .current()
              .find(r.type())
              .map(t -> today.isBefore(ScoredRecord.publicityEnd(t, r.eventDate())))
              .orElse(false);
      if (current && shown && !r.eventDate().isAfter(today)) {
        types.add(r.type());
      }
    }
    return types;
  }
}
