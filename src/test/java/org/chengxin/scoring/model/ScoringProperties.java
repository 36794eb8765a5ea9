package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.ScoredRecordBuilder.CATALOG;
import static org.chengxin.scoring.model.ScoredRecordBuilder.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.chengxin.scoring.store.SchemeYaml;

class ScoringProperties {
  private static final CompiledScheme CAPPED =
      CompiledScheme.compile(SchemeFixtures.capped(), CATALOG);
  private static final LocalDate START = LocalDate.parse("2020-01-01");
  private static final List<String> TYPES =
      List.of(
          "bank-arrears-cycle",
          "loan-default",
          "volunteering",
          "public-utility-fees-late",
          "tax-arrears");

  @Property
  void theSameRecordsInAnyOrderGiveTheSameResult(
      @ForAll("files") List<ScoredRecord> records,
      @ForAll("days") LocalDate asOf,
      @ForAll long seed) {
    List<ScoredRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(CAPPED.score(shuffled, asOf)).isEqualTo(CAPPED.score(records, asOf));
  }

  @Property
  void noCapIsEverExceeded(
      @ForAll("files") List<ScoredRecord> records, @ForAll("days") LocalDate asOf) {
    Map<String, Rule> rules = new HashMap<>();
    CAPPED.scheme().rules().forEach(r -> rules.put(r.id(), r));
    Map<String, Long> perYear = new HashMap<>();
    Map<String, Long> lifetime = new HashMap<>();
    Map<String, LocalDate> dates = new HashMap<>();
    records.forEach(r -> dates.put(r.id(), r.eventDate()));
    for (Contribution c : CAPPED.score(records, asOf).contributions()) {
      Caps caps = rules.get(c.ruleId()).caps();
      long size = Math.abs(c.finalPoints());
      assertThat((long) Math.abs(c.afterDecay())).isLessThanOrEqualTo(cap(caps.perRecord()));
      perYear.merge(c.ruleId() + "@" + dates.get(c.recordId()).getYear(), size, Long::sum);
      lifetime.merge(c.ruleId(), size, Long::sum);
      assertThat(perYear.get(c.ruleId() + "@" + dates.get(c.recordId()).getYear()))
          .isLessThanOrEqualTo(cap(caps.perYear()));
      assertThat(lifetime.get(c.ruleId())).isLessThanOrEqualTo(cap(caps.lifetime()));
    }
  }

  @Property
  void decayNeverMakesARecordWeighMoreLater(
      @ForAll("files") List<ScoredRecord> records,
      @ForAll("days") LocalDate asOf,
      @ForAll @IntRange(min = 0, max = 2000) int laterBy) {
    // Keep every record counting on both days, so only decay differs.
    List<ScoredRecord> lasting = records.stream().map(r -> lasting(r, asOf)).toList();
    ScoreResult now = CAPPED.score(lasting, asOf);
    ScoreResult later = CAPPED.score(lasting, asOf.plusDays(laterBy));

    assertThat(later.contributions()).hasSameSizeAs(now.contributions());
    Map<String, Long> nowByRule = new HashMap<>();
    Map<String, Long> laterByRule = new HashMap<>();
    for (int i = 0; i < now.contributions().size(); i++) {
      Contribution before = now.contributions().get(i);
      Contribution after = later.contributions().get(i);
      assertThat(Math.abs(after.afterDecay())).isLessThanOrEqualTo(Math.abs(before.afterDecay()));
      nowByRule.merge(before.ruleId(), (long) before.finalPoints(), Long::sum);
      laterByRule.merge(after.ruleId(), (long) after.finalPoints(), Long::sum);
    }
    // A rule's total, after its caps, shrinks too (capped budgets can pass to later records).
    nowByRule.forEach((rule, total) ->
        assertThat(Math.abs(laterByRule.get(rule))).isLessThanOrEqualTo(Math.abs(total)));
  }

  @Property
  void aRecordPastItsPublicityPeriodNeverContributes(
      @ForAll("files") List<ScoredRecord> records, @ForAll("days") LocalDate asOf) {
    List<ScoredRecord> live =
        records.stream().filter(r -> asOf.isBefore(r.publicityEnd())).toList();
    ScoreResult result = CAPPED.score(records, asOf);

    assertThat(result).isEqualTo(CAPPED.score(live, asOf));
    Map<String, ScoredRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    assertThat(result.contributions())
        .allSatisfy(c -> assertThat(byId.get(c.recordId()).publicityEnd()).isAfter(asOf));
  }

  @Property
  void aThinFileGetsTheBaseScoreAndRatingOfEveryShippedScheme(@ForAll("days") LocalDate asOf) {
    for (String id : SchemeYaml.SHIPPED) {
      Scheme scheme = SchemeYaml.readShipped(id);
      ScoreResult result = CompiledScheme.compile(scheme, CATALOG).score(List.of(), asOf);
      for (DimensionSpec dimension : scheme.dimensions()) {
        DimensionScore score = result.dimension(dimension.id());
        assertThat(score.score()).isEqualTo(dimension.base());
        assertThat(dimension.tiers().stream().filter(t -> t.contains(dimension.base())))
            .extracting(Tier::rating)
            .containsExactly(score.rating());
      }
      assertThat(result.contributions()).isEmpty();
      assertThat(result.reasons()).isEmpty();
    }
  }

  @Property
  void everyScoreFindsItsTierWhenTheTiersCoverTheRange(
      @ForAll("bounds") List<Integer> bounds, @ForAll int score) {
    List<Tier> tiers = new ArrayList<>();
    Integer from = null;
    for (int i = 0; i <= bounds.size(); i++) {
      Integer below = i < bounds.size() ? bounds.get(i) : null;
      tiers.add(new Tier("T" + i, from, below));
      from = below;
    }
    Collections.shuffle(tiers, new Random(score));

    String rating = new TierTable("test", tiers).rating(score);
    assertThat(tiers.stream().filter(t -> t.contains(score)))
        .extracting(Tier::rating)
        .containsExactly(rating);
  }

  @Provide
  Arbitrary<List<Integer>> bounds() {
    return Arbitraries.integers()
        .between(-2000, 2000)
        .set()
        .ofMaxSize(8)
        .map(set -> set.stream().sorted().toList());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 6 * 365).map(START::plusDays);
  }

  @Provide
  Arbitrary<List<ScoredRecord>> files() {
    return recordFacts().list().ofMaxSize(25).map(ScoringProperties::numbered);
  }

  private Arbitrary<ScoredRecordBuilder> recordFacts() {
    return Combinators.combine(
            Arbitraries.of(TYPES),
            days(),
            Arbitraries.integers().between(1, 6),
            Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("3000")).ofScale(1),
            Arbitraries.of(VersionStatus.class),
            Arbitraries.integers().between(0, 9))
        .as((type, day, cycles, amount, status, dice) -> {
          ScoredRecordBuilder b =
              record("?", type, day)
                  .with("cycles", cycles)
                  .with("amount", amount)
                  .with("hours", amount.movePointLeft(2))
                  .status(dice < 6 ? VersionStatus.CURRENT : status);
          return dice == 9 ? b.repaired() : dice == 8 ? b.action(RecordAction.REVOKE) : b;
        });
  }

  // Ids are unique per subject; numbering them after generation keeps them so.
  private static List<ScoredRecord> numbered(List<ScoredRecordBuilder> builders) {
    List<ScoredRecord> out = new ArrayList<>();
    for (int i = 0; i < builders.size(); i++) {
      ScoredRecord r = builders.get(i).build();
      out.add(
          new ScoredRecord(
              "r" + i,
              r.type(),
              r.eventDate(),
              r.attributes(),
              r.legalBasis(),
              r.action(),
              r.status(),
              r.publicityEnd(),
              r.repaired(),
              r.underObjection()));
    }
    return out;
  }

  private static ScoredRecord lasting(ScoredRecord r, LocalDate asOf) {
    LocalDate event = r.eventDate().isAfter(asOf) ? asOf : r.eventDate();
    return new ScoredRecord(
        r.id(),
        r.type(),
        event,
        r.attributes(),
        r.legalBasis(),
        r.action(),
        r.status(),
        LocalDate.MAX,
        r.repaired(),
        r.underObjection());
  }

  private static long cap(Integer cap) {
    return cap == null ? Long.MAX_VALUE : cap;
  }
}
