package org.chengxin.scoring.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.records.model.RecordsStored;
import org.chengxin.scoring.model.ScoreTargets;
import org.chengxin.scoring.model.SubjectScore;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.PopulationReader;
import org.chengxin.scoring.store.ScoreWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

/**
 * Rescores only the subjects an ingest touched, inside the ingest's own transaction, so that the
 * acknowledgement of a record and its subject's new score commit together: a read right after an
 * acknowledged ingest sees the new score. A failure here fails the ingest; nothing half-done stays.
 */
@Service
public class RescoreOnIngest {
  private static final Logger log = LoggerFactory.getLogger(RescoreOnIngest.class);
  private static final int FLUSH = 10_000;

  private final ScoringTargets targets;
  private final JobTable jobs;
  private final CatalogService catalog;
  private final DataSource dataSource;
  private final Clock clock;

  public RescoreOnIngest(
      ScoringTargets targets,
      JobTable jobs,
      CatalogService catalog,
      DataSource dataSource,
      Clock clock) {
    this.targets = targets;
    this.jobs = jobs;
    this.catalog = catalog;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  @EventListener
  public void rescore(RecordsStored stored) {
    jobs.lockShared(); // see JobTable: orders this ingest against a full rescore's snapshot
    LocalDate today = LocalDate.now(clock);
    ScoreTargets now = targets.now();
    if (now.isEmpty() || stored.subjects().isEmpty()) {
      return;
    }
    Connection c = DataSourceUtils.getConnection(dataSource);
    long started = System.nanoTime();
    try {
      List<SubjectScore> scores = new ArrayList<>();
      new PopulationReader(catalog.current(), now.typesReadingAttributes())
          .subjects(
              c,
              stored.subjects(),
              now.schemes().stream()
                  .map(s ->
                      new PopulationReader.Coverage(
                          s.scheme().subjectKinds(), s.scheme().jurisdiction()))
                  .toList(),
              (code, kind, region, records) ->
                  scores.addAll(now.score(code, kind, region, records, today)));
      long read = System.nanoTime();
      // Written once the reads are done: COPY cannot run while a cursor is open on the connection.
      for (int from = 0; from < scores.size(); from += FLUSH) {
        ScoreWriter.writeIncremental(
            c, scores.subList(from, Math.min(scores.size(), from + FLUSH)), stored.cause());
      }
      long ms = (System.nanoTime() - started) / 1_000_000;
      if (ms >= 1_000) {
        log.info(
            "rescored {} subject(s) after {} in {} ms ({} ms reading)",
            stored.subjects().size(),
            stored.cause(),
            ms,
            (read - started) / 1_000_000);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("rescoring after the ingest failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }
}
