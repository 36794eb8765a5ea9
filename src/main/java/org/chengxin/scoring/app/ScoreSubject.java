package org.chengxin.scoring.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.identity.store.SubjectRow;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.platform.web.NotFound;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.store.RecordReader;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.ScoreResult;
import org.chengxin.scoring.model.ScoreSummary;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.Serving;
import org.chengxin.scoring.store.StoredScore;
import org.springframework.stereotype.Service;

/**
 * A subject's scores with their explanations. Today's answer is the stored score under the version
 * each scheme's readers see (so a full rescore in progress never shows a mix of versions), its
 * explanation recomputed from the same records as of the same day; a subject the store holds no
 * score for yet is scored on the spot. For another date, every scheme in force then is evaluated.
 */
@Service
public class ScoreSubject {
  private final SubjectStore subjects;
  private final RecordReader records;
  private final SchemeService schemes;
  private final CatalogService catalog;
  private final ScoreTable scores;
  private final Clock clock;

  public ScoreSubject(
      SubjectStore subjects,
      RecordReader records,
      SchemeService schemes,
      CatalogService catalog,
      ScoreTable scores,
      Clock clock) {
    this.subjects = subjects;
    this.records = records;
    this.schemes = schemes;
    this.catalog = catalog;
    this.scores = scores;
    this.clock = clock;
  }

  /**
   * One scheme's answer.
   *
   * @param stored whether it is the stored score (false: evaluated for this request)
   * @param cause why the stored score was last computed; null when not stored
   */
  public record Answer(ScoreResult result, boolean stored, String cause, Instant computedAt) {}

  /** Today's scores. */
  public List<Answer> current(String code) {
    SubjectRow subject = find(code);
    List<ScoredRecord> scored = scored(code);
    LocalDate today = LocalDate.now(clock);
    Map<String, StoredScore> stored = new HashMap<>();
    for (StoredScore s : scores.served(code)) {
      stored.put(s.summary().schemeId(), s);
    }
    Map<String, Serving> serving = scores.serving();
    List<Answer> answers = new ArrayList<>();
    for (Serving v : serving.values()) {
      if (schemes.find(v.schemeId(), v.schemeVersion()).isEmpty()) {
        continue; // only a hand-made pointer names a version never filed (see ScoringTargets)
      }
      CompiledScheme scheme = schemes.compiled(v.schemeId(), v.schemeVersion());
      StoredScore s = stored.get(v.schemeId());
      if (s != null) {
        answers.add(explained(scheme, scored, s, v.asOf()));
      } else if (scheme.covers(subject.kind(), subject.region())) {
        answers.add(new Answer(scheme.score(scored, today), false, null, null));
      }
    }
    for (CompiledScheme scheme : schemes.applicable(subject.kind(), subject.region(), today)) {
      if (!serving.containsKey(scheme.scheme().id())) {
        answers.add(new Answer(scheme.score(scored, today), false, null, null));
      }
    }
    answers.sort(java.util.Comparator.comparing(a -> a.result().schemeId()));
    return answers;
  }

  /** The scores every scheme in force on {@code asOf} would give, evaluated now. */
  public List<Answer> asOf(String code, LocalDate asOf) {
    SubjectRow subject = find(code);
    List<ScoredRecord> scored = scored(code);
    List<Answer> answers = new ArrayList<>();
    for (CompiledScheme scheme : schemes.applicable(subject.kind(), subject.region(), asOf)) {
      answers.add(new Answer(scheme.score(scored, asOf), false, null, null));
    }
    return answers;
  }

  /**
   * The stored score explained. A row a full rescore found unchanged keeps its older day; it holds
   * as of the rescore's day too, so it is explained as of the later of the two.
   */
  private static Answer explained(
      CompiledScheme scheme, List<ScoredRecord> scored, StoredScore s, LocalDate servedAsOf) {
    LocalDate asOf = s.summary().asOf().isBefore(servedAsOf) ? servedAsOf : s.summary().asOf();
    ScoreResult result = scheme.score(scored, asOf);
    if (!ScoreSummary.of(result).sameScoreAs(s.summary())) {
      // Only a write racing this read gets here: answer the fresh evaluation, marked unstored.
      return new Answer(result, false, null, null);
    }
    return new Answer(result, true, s.cause(), s.computedAt());
  }

  private SubjectRow find(String code) {
    return subjects.find(code).orElseThrow(() -> new NotFound("subject " + code));
  }

  private List<ScoredRecord> scored(String code) {
    Catalog current = catalog.current();
    List<ScoredRecord> scored = new ArrayList<>();
    for (CreditRecord r : records.allOfSubject(code)) {
      RecordType type = current.find(r.type()).orElse(null);
      if (type != null) {
        scored.add(ScoredRecord.of(r, type, false, false));
      }
    }
    return scored;
  }
}
