package org.chengxin.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.chengxin.scoring.model.DimensionScore;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.ScoreSummary;
import org.chengxin.scoring.model.SubjectScore;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.ScoreWriter;
import org.chengxin.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The switch of a full rescore, step by step on real connections: staged rows stay invisible, the
 * switch shows every subject's new version at once, and a score an ingest wrote while the job ran
 * is kept over the job's older one. (A scheme id of its own, so the scheduler never touches it.)
 */
class ScoreSwitchIT extends ApiTest {
  private static final LocalDate DAY = LocalDate.parse("2026-01-15");
  @Autowired DataSource dataSource;
  @Autowired ScoreTable scores;
  @Autowired JdbcClient db;

  @Test
  void readersSeeTheOldVersionUntilTheSwitchCommitsThenEverySubjectsNewOne() throws Exception {
    String scheme = "switch-" + System.nanoTime() % 1_000_000;
    String a = "A" + scheme;
    String b = "B" + scheme;
    try (Connection c = dataSource.getConnection()) {
      RescoreJob first = JobTable.register(c, scheme, 1, DAY, "first", "test");
      ScoreWriter.stage(c, first.id(), List.of(score(a, scheme, 1, 10), score(b, scheme, 1, 10)));
      switchOver(c, first, null);
      assertThat(served(a)).isEqualTo("v1:10");

      RescoreJob second = JobTable.register(c, scheme, 2, DAY, "second", "test");
      ScoreWriter.stage(c, second.id(), List.of(score(a, scheme, 2, 20), score(b, scheme, 2, 20)));
      try (Connection ingest = dataSource.getConnection()) {
        ScoreWriter.writeIncremental(ingest, List.of(score(b, scheme, 2, 25)), "ingest");
      }
      assertThat(served(a)).isEqualTo("v1:10");
      assertThat(served(b)).isEqualTo("v1:10");

      c.setAutoCommit(false);
      long changed = ScoreWriter.switchOver(c, second, 1);
      assertThat(JobTable.finish(c, second.id(), 2, changed)).isTrue();
      assertThat(served(a)).as("before commit").isEqualTo("v1:10");
      assertThat(served(b)).as("before commit").isEqualTo("v1:10");
      c.commit();
      c.setAutoCommit(true);

      assertThat(served(a)).isEqualTo("v2:20");
      assertThat(served(b)).as("the ingest's newer score is kept").isEqualTo("v2:25");
      assertThat(changed).isEqualTo(2);
      assertThat(history(a)).containsExactly("v2:20", "v1:10");
      assertThat(history(b)).containsExactly("v2:25", "v1:10");
      assertThat(scores.dropUnservedVersions(scheme)).isEqualTo(2);
    } finally {
      scores.stopServing(scheme);
    }
  }

  @Test
  void aReEvaluationOfTheSameVersionRecordsOnlyRealChanges() throws Exception {
    String scheme = "same-" + System.nanoTime() % 1_000_000;
    String a = "A" + scheme;
    String b = "B" + scheme;
    try (Connection c = dataSource.getConnection()) {
      RescoreJob first = JobTable.register(c, scheme, 1, DAY, "first", "test");
      ScoreWriter.stage(c, first.id(), List.of(score(a, scheme, 1, 10), score(b, scheme, 1, 10)));
      switchOver(c, first, null);

      RescoreJob daily = JobTable.register(c, scheme, 1, DAY.plusDays(1), "daily", "test");
      ScoreWriter.stage(
          c,
          daily.id(),
          List.of(
              score(a, scheme, 1, 10, DAY.plusDays(1)), score(b, scheme, 1, 8, DAY.plusDays(1))));
      long changed = switchOver(c, daily, 1);

      assertThat(changed).isEqualTo(1);
      assertThat(history(a)).containsExactly("v1:10");
      assertThat(history(b)).containsExactly("v1:8", "v1:10");
      assertThat(scores.served(a).get(0).summary().asOf())
          .as("an unchanged row is left as it is")
          .isEqualTo(DAY);
      assertThat(scores.served(b).get(0).summary().asOf()).isEqualTo(DAY.plusDays(1));
      assertThat(scores.serving().get(scheme).asOf()).isEqualTo(DAY.plusDays(1));
    } finally {
      scores.stopServing(scheme);
    }
  }

  @Test
  void aJobFailedWhileItRanIsNotSwitchedIn() throws Exception {
    String scheme = "failed-" + System.nanoTime() % 1_000_000;
    try (Connection c = dataSource.getConnection()) {
      RescoreJob job = JobTable.register(c, scheme, 1, DAY, "doomed", "test");
      ScoreWriter.stage(c, job.id(), List.of(score("A" + scheme, scheme, 1, 10)));
      db.sql("update rescore_job set state = 'FAILED' where id = ?").param(job.id()).update();

      c.setAutoCommit(false);
      long changed = ScoreWriter.switchOver(c, job, null);
      assertThat(JobTable.finish(c, job.id(), 1, changed)).isFalse();
      c.rollback();
      c.setAutoCommit(true);

      assertThat(scores.serving()).doesNotContainKey(scheme);
      assertThat(scores.served("A" + scheme)).isEmpty();
    }
  }

  private static long switchOver(Connection c, RescoreJob job, Integer serving) throws Exception {
    c.setAutoCommit(false);
    long changed = ScoreWriter.switchOver(c, job, serving);
    JobTable.finish(c, job.id(), 2, changed);
    c.commit();
    c.setAutoCommit(true);
    return changed;
  }

  private String served(String subject) {
    return scores.served(subject).stream()
        .map(s -> "v" + s.summary().schemeVersion() + ":" + s.summary().dimensions().get(0).score())
        .findFirst()
        .orElse("none");
  }

  private List<String> history(String subject) {
    return scores.history(subject, null, 0, 10).stream()
        .map(h -> "v" + h.score().schemeVersion() + ":" + h.score().dimensions().get(0).score())
        .toList();
  }

  private static SubjectScore score(String subject, String scheme, int version, int points) {
    return score(subject, scheme, version, points, DAY);
  }

  private static SubjectScore score(
      String subject, String scheme, int version, int points, LocalDate asOf) {
    return new SubjectScore(
        subject,
        new ScoreSummary(
            scheme,
            version,
            asOf,
            List.of(new DimensionScore("financial", points, points >= 10 ? "A" : "B")),
            null,
            List.of()));
  }
}
