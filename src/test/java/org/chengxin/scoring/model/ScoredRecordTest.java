package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.scoring.model.ScoredRecordBuilder.CATALOG;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.model.RecordAction;
import org.chengxin.records.model.VersionStatus;
import org.junit.jupiter.api.Test;

class ScoredRecordTest {

  @Test
  void publicityEndsAtTheEventDatePlusTheTypesMaximumPeriod() {
    LocalDate event = LocalDate.parse("2024-02-29");

    assertThat(ScoredRecord.publicityEnd(CATALOG.find("loan-default").orElseThrow(), event))
        .isEqualTo("2029-02-28");
    assertThat(ScoredRecord.publicityEnd(CATALOG.find("volunteering").orElseThrow(), event))
        .isEqualTo("2025-02-28");
  }

  @Test
  void aStoredVersionBecomesAScoredRecordCarryingItsPublicityEnd() {
    CreditRecord stored =
        new CreditRecord(
            42,
            "370000200001011234",
            "bank-1",
            "ref-1",
            "bank-arrears-cycle",
            RecordAction.CREATE,
            null,
            LocalDate.parse("2025-03-10"),
            "doc-1",
            "basis",
            Map.of("cycles", 2L),
            Instant.EPOCH,
            VersionStatus.CURRENT,
            null);

    ScoredRecord scored =
        ScoredRecord.of(stored, CATALOG.find("bank-arrears-cycle").orElseThrow(), false, true);

    assertThat(scored.id()).isEqualTo("42");
    assertThat(scored.publicityEnd()).isEqualTo("2026-03-10");
    assertThat(scored.attributes()).containsEntry("cycles", 2L);
    assertThat(scored.underObjection()).isTrue();
    assertThat(scored.countsOn(LocalDate.parse("2026-03-09"), ObjectionPolicy.FROZEN)).isTrue();
    assertThat(scored.countsOn(LocalDate.parse("2026-03-09"), ObjectionPolicy.SUSPENDED)).isFalse();
  }
}
