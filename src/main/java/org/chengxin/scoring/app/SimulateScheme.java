package org.chengxin.scoring.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.records.model.CreditRecord;
import org.chengxin.records.store.RecordReader;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.Guardrails;
import org.chengxin.scoring.model.Scheme;
import org.chengxin.scoring.model.SchemeVersion;
import org.chengxin.scoring.model.SchemeViolation;
import org.chengxin.scoring.model.ScoredRecord;
import org.chengxin.scoring.model.SimulationReport;
import org.chengxin.scoring.model.SimulationTally;
import org.springframework.stereotype.Service;

/**
 * What-if: scores the population a draft covers under the draft and under the published version of
 * the same scheme in force on the date, and reports the shift. Nothing is stored.
 */
@Service
public class SimulateScheme {
  private final SchemeService schemes;
  private final CatalogService catalog;
  private final RecordReader records;

  public SimulateScheme(SchemeService schemes, CatalogService catalog, RecordReader records) {
    this.schemes = schemes;
    this.catalog = catalog;
    this.records = records;
  }

  /** The outcome: a report, or the guardrail violations that keep the draft from compiling. */
  public sealed interface Outcome {
    record Simulated(SimulationReport report) implements Outcome {}

    record Refused(List<SchemeViolation> violations) implements Outcome {}
  }

  public Outcome simulate(Scheme draft, LocalDate asOf) {
    Catalog current = catalog.current();
    List<SchemeViolation> violations = Guardrails.check(draft, current, schemes.policy());
    if (!violations.isEmpty()) {
      return new Outcome.Refused(violations);
    }
    CompiledScheme next = CompiledScheme.compile(draft, current);
    SchemeVersion base = schemes.publishedInForce(draft.id(), asOf).orElse(null);
    CompiledScheme old = base == null ? null : CompiledScheme.compile(base.scheme(), current);
    SimulationTally tally =
        new SimulationTally(draft, base == null ? null : base.scheme().version(), asOf);
    records.forEachSubject(
        draft.subjectKinds(),
        draft.jurisdiction(),
        (subject, kind, region, versions) -> {
          List<ScoredRecord> scored = scored(versions, current);
          tally.add(
              subject,
              kind,
              region,
              old == null ? null : old.score(scored, asOf),
              next.score(scored, asOf));
        });
    return new Outcome.Simulated(tally.report());
  }

  private static List<ScoredRecord> scored(List<CreditRecord> versions, Catalog catalog) {
    List<ScoredRecord> scored = new ArrayList<>(versions.size());
    for (CreditRecord r : versions) {
      RecordType type = catalog.find(r.type()).orElse(null);
      if (type != null) {
        scored.add(ScoredRecord.of(r, type, false, false));
      }
    }
    return scored;
  }
}
