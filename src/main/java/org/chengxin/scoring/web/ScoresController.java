package org.chengxin.scoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.chengxin.platform.web.Page;
import org.chengxin.scoring.app.ScoreSubject;
import org.chengxin.scoring.model.CompositeScore;
import org.chengxin.scoring.model.Contribution;
import org.chengxin.scoring.model.DimensionScore;
import org.chengxin.scoring.model.Reason;
import org.chengxin.scoring.model.ScoreSummary;
import org.chengxin.scoring.store.ScoreTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A subject's scores under every scheme in force, each with its full explanation, and history. */
@RestController
public class ScoresController {
  private final ScoreSubject score;
  private final ScoreTable table;
  private final SubjectStore subjects;

  public ScoresController(ScoreSubject score, ScoreTable table, SubjectStore subjects) {
    this.score = score;
    this.table = table;
    this.subjects = subjects;
  }

  /**
   * One scheme's score as answered: the figures, the explanation, and whether it is the stored
   * score (with why and when it was computed) or one evaluated for this request.
   */
  public record ScoreView(
      String schemeId,
      int schemeVersion,
      LocalDate asOf,
      List<DimensionScore> dimensions,
      CompositeScore composite,
      List<Contribution> contributions,
      List<Reason> reasons,
      boolean stored,
      String cause,
      Instant computedAt) {
    static ScoreView of(ScoreSubject.Answer a) {
      var r = a.result();
      return new ScoreView(
          r.schemeId(),
          r.schemeVersion(),
          r.asOf(),
          r.dimensions(),
          r.composite(),
          r.contributions(),
          r.reasons(),
          a.stored(),
          a.cause(),
          a.computedAt());
    }
  }

  /** One change of a subject's score, newest first. */
  public record HistoryView(
      long id,
      String schemeId,
      int schemeVersion,
      LocalDate asOf,
      List<DimensionScore> dimensions,
      CompositeScore composite,
      List<String> reasons,
      String cause,
      Instant recordedAt) {
    static HistoryView of(ScoreTable.HistoryEntry e) {
      ScoreSummary s = e.score();
      return new HistoryView(
          e.id(),
          s.schemeId(),
          s.schemeVersion(),
          s.asOf(),
          s.dimensions(),
          s.composite(),
          s.reasons(),
          e.cause(),
          e.at());
    }
  }

  @GetMapping("/api/v1/subjects/{code}/scores")
  public List<ScoreView> scores(
      Caller caller, @PathVariable String code, @RequestParam(required = false) String asOf) {
    String subject = subject(code);
    List<ScoreSubject.Answer> answers =
        asOf == null || asOf.isBlank() ? score.current(subject) : score.asOf(subject, date(asOf));
    return answers.stream().map(ScoreView::of).toList();
  }

  @GetMapping("/api/v1/subjects/{code}/scores/history")
  public Page<HistoryView> history(
      Caller caller,
      @PathVariable String code,
      @RequestParam(required = false) String scheme,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    String subject = subject(code);
    int offset = Page.offset(page, size);
    if (subjects.find(subject).isEmpty()) {
      throw new NotFound("subject " + subject);
    }
    return new Page<>(
        table.history(subject, scheme, offset, size).stream().map(HistoryView::of).toList(),
        page,
        size,
        table.historySize(subject, scheme));
  }

  private static String subject(String code) {
    try {
      return SubjectCode.parse(code).value();
    } catch (InvalidIdentifierException e) {
      throw e.inField("code");
    }
  }

  private static LocalDate date(String asOf) {
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("asOf", "asOf must be a date of the form YYYY-MM-DD");
    }
  }
}
