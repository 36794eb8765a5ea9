package org.chengxin.scoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.scoring.app.ScoreSubject;
import org.chengxin.scoring.model.ScoreResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A subject's scores under every scheme in force, each with its full explanation. */
@RestController
public class ScoresController {
  private final ScoreSubject score;
  private final Clock clock;

  public ScoresController(ScoreSubject score, Clock clock) {
    this.score = score;
    this.clock = clock;
  }

  @GetMapping("/api/v1/subjects/{code}/scores")
  public List<ScoreResult> scores(
      Caller caller, @PathVariable String code, @RequestParam(required = false) String asOf) {
    String subject;
    try {
      subject = SubjectCode.parse(code).value();
    } catch (InvalidIdentifierException e) {
      throw e.inField("code");
    }
    return score.score(subject, date(asOf));
  }

  private LocalDate date(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequest("asOf", "asOf must be a date of the form YYYY-MM-DD");
    }
  }
}
