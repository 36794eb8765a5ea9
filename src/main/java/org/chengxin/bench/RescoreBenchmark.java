package org.chengxin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.Sex;
import org.chengxin.platform.db.CopyText;
import org.chengxin.scoring.app.RescoreJobs;
import org.chengxin.scoring.app.RescoreJobs.Started;
import org.chengxin.scoring.app.RescoreProgress;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.StoredScore;
import org.springframework.stereotype.Component;

/**
 * A full rescore of a large population: persons in Rongcheng (371082, covered by the shipped
 * Rongcheng-style scheme), each with the same number of records spread over six years, loaded
 * straight with SQL (loading is not what is measured). While a job runs, a reader samples stored
 * scores and counts any answer from an older version after a newer one was seen.
 */
@Component
public class RescoreBenchmark {
  static final String REGION = "371082";
  private static final int LOAD_CHUNK = 2_000_000;

  private final DataSource dataSource;
  private final RescoreJobs jobs;
  private final ScoreTable scores;
  private final Clock clock;

  public RescoreBenchmark(DataSource dataSource, RescoreJobs jobs, ScoreTable scores, Clock clock) {
    this.dataSource = dataSource;
    this.jobs = jobs;
    this.scores = scores;
    this.clock = clock;
  }

  /** One timed job: its size and what the reader saw meanwhile. */
  public record Result(RescoreJob job, double seconds, long reads, long backwards) {}

  /** The subjects and records already loaded (a kept store is reused). */
  public long[] loaded() throws SQLException {
    try (Connection c = dataSource.getConnection();
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "select (select count(*) from subject), (select count(*) from credit_record)")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  /** Loads {@code persons} persons with {@code perPerson} records each. */
  public void load(int persons, int perPerson, RescoreProgress progress) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      loadPersons(c, persons);
      long records = (long) persons * perPerson;
      try (var s = c.createStatement()) {
        s.execute(
            "create temp table bench_subject as"
                + " select (row_number() over (order by code)) - 1 as n, code from subject");
        s.execute("create index on bench_subject (n)");
        s.execute("analyze bench_subject");
        for (long from = 1; from <= records; from += LOAD_CHUNK) {
          long to = Math.min(records, from + LOAD_CHUNK - 1);
          s.execute(recordsSql(from, to, persons));
          progress.update(to, records);
        }
        s.execute("analyze subject");
        s.execute("analyze credit_record");
      }
    }
  }

  /** Runs a full rescore of {@code schemeId} while a reader samples stored scores. */
  public Result rescore(String schemeId, String reason, List<String> sample, RescoreProgress p)
      throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    AtomicLong backwards = new AtomicLong();
    Thread reader =
        Thread.ofPlatform()
            .name("bench-reader")
            .start(() -> sampleWhile(running, sample, schemeId, reads, backwards));
    long started = System.nanoTime();
    Started s = jobs.run(schemeId, reason, "bench", p);
    double seconds = (System.nanoTime() - started) / 1e9;
    running.set(false);
    reader.join();
    if (!(s instanceof Started.Running(RescoreJob job))) {
      throw new IllegalStateException("rescore of " + schemeId + " did not run: " + s);
    }
    return new Result(job, seconds, reads.get(), backwards.get());
  }

  /** A few subject codes to read during the jobs. */
  public List<String> sample(int n) {
    List<String> codes = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("select code from subject order by code limit ?")) {
      ps.setInt(1, n);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          codes.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return codes;
  }

  /**
   * Reads the sample round and round; the version any reader sees may only grow. The first read
   * after the switch may be the new version for one subject and must then be for all.
   */
  private void sampleWhile(
      AtomicBoolean running,
      List<String> sample,
      String schemeId,
      AtomicLong reads,
      AtomicLong backwards) {
    long newest = -1;
    while (running.get()) {
      for (String code : sample) {
        for (StoredScore s : scores.served(code)) {
          if (!s.summary().schemeId().equals(schemeId)) {
            continue;
          }
          long seen = s.summary().schemeVersion() * 100_000L + s.summary().asOf().toEpochDay();
          if (seen < newest) {
            backwards.incrementAndGet();
          }
          newest = Math.max(newest, seen);
          reads.incrementAndGet();
        }
      }
      pause(); // a steady trickle of reads, not a second load on two cores
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loadPersons(Connection c, int persons) throws SQLException {
    SplittableRandom rnd = new SplittableRandom(20261129L);
    RegionCode region = new RegionCode(REGION);
    java.util.Set<String> seen = new java.util.HashSet<>();
    CopyText rows = new CopyText(Math.min(persons, 100_000));
    while (seen.size() < persons) {
      LocalDate birth =
          LocalDate.of(1950 + rnd.nextInt(55), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      String code = CodeFactory.person(rnd, region, birth, sex).value();
      if (seen.add(code)) {
        rows.field(code).field("PERSON").field(REGION).field("测试" + seen.size());
        rows.field(birth.toString()).field("bench");
        rows.endRow();
      }
    }
    rows.copyInto(c, "copy subject (code, kind, region, name, birth_date, source) from stdin");
  }

  /**
   * Records {@code from..to}: record g belongs to subject (g × a large odd number) mod persons, so
   * every subject gets the same number, interleaved as real arrivals are. A subject's records cycle
   * through the Rongcheng rules' types and two types the scheme does not score.
   */
  private String recordsSql(long from, long to, int persons) {
    LocalDate today = LocalDate.now(clock);
    return """
    insert into credit_record (subject_code, provider_id, reference, type_code, action,
      event_date, document_no, legal_basis, attributes, content_hash, batch_id)
    select s.code, 'bench', 'b' || g, t.code, 'CREATE',
           date '%s' - cast((g * 104729) %% 2190 as int), 'BENCH-' || g, 'bench data',
           case when t.attribute is null then '{}'::jsonb
                else jsonb_build_object(t.attribute, 1 + (g * 31) %% t.maximum) end,
           '\\x00'::bytea, 0
    from generate_series(cast(%d as bigint), %d) g
    join bench_subject s on s.n = (g * 2654435761) %% %d
    join (values (0, 'loan-default', 'amount', 50000), (1, 'loan-repaid', 'amount', 50000),
                 (2, 'bank-arrears-cycle', 'cycles', 6), (3, 'public-utility-fees-late', null, 1),
                 (4, 'volunteering', 'hours', 12), (5, 'charitable-donation', 'amount', 20000),
                 (6, 'blood-donation', null, 1), (7, 'judgment-breach-of-contract', null, 1),
                 (8, 'tax-arrears', null, 1), (9, 'fare-evasion', null, 1))
         as t (i, code, attribute, maximum) on t.i = (g + g / %d) %% 10
    """
        .formatted(today, from, to, persons, persons);
  }
}
