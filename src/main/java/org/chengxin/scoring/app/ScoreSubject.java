package org.chengxin.scoring.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.chengxin.scoring.model.ScoredRecord;
import org.springframework.stereotype.Service;

/**
 * Scores one subject under every scheme in force for it, from its stored records, as of a date.
 * Computed from the committed records on each call, so a read right after an acknowledged ingest
 * sees the new record. (Stored scores, history and background rescoring come next.)
 */
@Service
public class ScoreSubject {
  private final SubjectStore subjects;
  private final RecordReader records;
  private final SchemeService schemes;
  private final CatalogService catalog;

  public ScoreSubject(
      SubjectStore subjects, RecordReader records, SchemeService schemes, CatalogService catalog) {
    this.subjects = subjects;
    this.records = records;
    this.schemes = schemes;
    this.catalog = catalog;
  }

  public List<ScoreResult> score(String code, LocalDate asOf) {
    SubjectRow subject = subjects.find(code).orElseThrow(() -> new NotFound("subject " + code));
    Catalog current = catalog.current();
    List<ScoredRecord> scored = new ArrayList<>();
    for (CreditRecord r : records.allOfSubject(code)) {
      RecordType type = current.find(r.type()).orElse(null);
      if (type != null) {
        scored.add(ScoredRecord.of(r, type, false, false));
      }
    }
    List<ScoreResult> results = new ArrayList<>();
    for (CompiledScheme scheme : schemes.applicable(subject.kind(), subject.region(), asOf)) {
      results.add(scheme.score(scored, asOf));
    }
    return results;
  }
}
