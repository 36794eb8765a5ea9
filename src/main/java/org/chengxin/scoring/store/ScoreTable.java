package org.chengxin.scoring.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chengxin.scoring.model.ScoreSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads stored scores: what readers see now, the serving versions, and each subject's history. */
@Repository
public class ScoreTable {
  private final JdbcClient db;

  public ScoreTable(JdbcClient db) {
    this.db = db;
  }

  /** A subject's scores under the serving version of each scheme, by scheme id. */
  public List<StoredScore> served(String subject) {
    return db.sql(
            "select s.* from subject_score s join score_serving v"
                + " on v.scheme_id = s.scheme_id and v.scheme_version = s.scheme_version"
                + " where s.subject_code = ? order by s.scheme_id")
        .param(subject)
        .query((rs, n) -> new StoredScore(summary(rs), rs.getString("cause"), instant(rs)))
        .list();
  }

  public Map<String, Serving> serving() {
    return db
        .sql("select * from score_serving")
        .query((rs, n) ->
            new Serving(
                rs.getString("scheme_id"),
                rs.getInt("scheme_version"),
                rs.getObject("as_of", LocalDate.class),
                rs.getLong("job_id"),
                rs.getTimestamp("switched_at").toInstant()))
        .list()
        .stream()
        .collect(Collectors.toMap(Serving::schemeId, Function.identity()));
  }

  /** One change of a subject's visible score. */
  public record HistoryEntry(long id, ScoreSummary score, String cause, java.time.Instant at) {}

  /** A subject's score changes, newest first. */
  public List<HistoryEntry> history(String subject, String schemeId, int offset, int limit) {
    return db.sql(
            "select * from score_history where subject_code = :s"
                + " and (cast(:scheme as text) is null or scheme_id = :scheme)"
                + " order by id desc offset :o limit :l")
        .param("s", subject)
        .param("scheme", schemeId)
        .param("o", offset)
        .param("l", limit)
        .query((rs, n) ->
            new HistoryEntry(
                rs.getLong("id"),
                summary(rs),
                rs.getString("cause"),
                rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  public long historySize(String subject, String schemeId) {
    return db.sql(
            "select count(*) from score_history where subject_code = :s"
                + " and (cast(:scheme as text) is null or scheme_id = :scheme)")
        .param("s", subject)
        .param("scheme", schemeId)
        .query(Long.class)
        .single();
  }

  /** Drops a scheme's rows of versions nobody reads or builds any more. */
  public int dropUnservedVersions(String schemeId) {
    return db.sql(
            "delete from subject_score s where s.scheme_id = :id"
                + " and s.scheme_version <> coalesce((select scheme_version from score_serving"
                + "   where scheme_id = :id), -1)"
                + " and s.scheme_version not in (select scheme_version from rescore_job"
                + "   where scheme_id = :id and state = 'RUNNING')")
        .param("id", schemeId)
        .update();
  }

  /** Stops serving a scheme that no version is in force for any more. */
  public void stopServing(String schemeId) {
    db.sql("delete from score_serving where scheme_id = ?").param(schemeId).update();
  }

  private static ScoreSummary summary(ResultSet rs) throws SQLException {
    return new ScoreSummary(
        rs.getString("scheme_id"),
        rs.getInt("scheme_version"),
        rs.getObject("as_of", LocalDate.class),
        ScoreJson.dimensions(rs.getString("dimensions")),
        ScoreJson.composite(rs.getString("composite")),
        Arrays.asList((String[]) rs.getArray("reasons").getArray()));
  }

  private static java.time.Instant instant(ResultSet rs) throws SQLException {
    return rs.getTimestamp("computed_at").toInstant();
  }
}
