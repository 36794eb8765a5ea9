package org.chengxin.scoring.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps stored scores due-free while the server runs: at start (which also fails the jobs a stopped
 * process left behind), after every publication or retirement, and every few minutes (so the daily
 * re-evaluation follows midnight). Batch commands run without it ({@code
 * chengxin.scoring.background=false}) and rescore on request.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "chengxin.scoring.background",
    havingValue = "true",
    matchIfMissing = true)
public class ScoringSchedule {
  private final RescoreJobs jobs;

  public ScoringSchedule(RescoreJobs jobs) {
    this.jobs = jobs;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStart() {
    jobs.reconcileSoon();
  }

  @EventListener
  public void schemeMoved(SchemeService.SchemeMoved moved) {
    jobs.reconcileSoon();
  }

  @Scheduled(
      fixedDelayString = "${chengxin.scoring.reconcile-every:PT5M}",
      initialDelayString = "${chengxin.scoring.reconcile-every:PT5M}")
  public void periodically() {
    jobs.reconcileSoon();
  }
}
