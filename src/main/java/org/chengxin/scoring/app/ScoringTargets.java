package org.chengxin.scoring.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chengxin.scoring.model.CompiledScheme;
import org.chengxin.scoring.model.RescoreJob;
import org.chengxin.scoring.model.ScoreTargets;
import org.chengxin.scoring.store.JobTable;
import org.chengxin.scoring.store.ScoreTable;
import org.chengxin.scoring.store.Serving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Finds the scheme versions whose stored scores must follow each ingest right now. */
@Service
public class ScoringTargets {
  private static final Logger log = LoggerFactory.getLogger(ScoringTargets.class);
  private final SchemeService schemes;
  private final ScoreTable scores;
  private final JobTable jobs;

  public ScoringTargets(SchemeService schemes, ScoreTable scores, JobTable jobs) {
    this.schemes = schemes;
    this.scores = scores;
    this.jobs = jobs;
  }

  /** The serving version of each scheme and the version each running full rescore builds. */
  public ScoreTargets now() {
    Set<String> keys = new LinkedHashSet<>();
    for (Serving s : scores.serving().values()) {
      keys.add(s.schemeId() + "\t" + s.schemeVersion());
    }
    for (RescoreJob job : jobs.running()) {
      keys.add(job.schemeId() + "\t" + job.schemeVersion());
    }
    List<CompiledScheme> compiled = new ArrayList<>(keys.size());
    for (String key : keys) {
      String[] parts = key.split("\t");
      int version = Integer.parseInt(parts[1]);
      if (schemes.find(parts[0], version).isPresent()) {
        compiled.add(schemes.compiled(parts[0], version));
      } else {
        // Only a hand-made row can name a version that was never filed; it must not stop ingest.
        log.warn(
            "stored scores name {} v{}, which is not a filed scheme; skipped", parts[0], version);
      }
    }
    return new ScoreTargets(compiled);
  }
}
