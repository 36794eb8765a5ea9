package org.chengxin.lists.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Applies the time-driven steps (activation after the objection window, expiry) at start and every
 * few minutes. Each is dated the day it fell due, so a server that was down across that day catches
 * up exactly. Batch commands run without it ({@code chengxin.lists.background=false}).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "chengxin.lists.background",
    havingValue = "true",
    matchIfMissing = true)
public class ListSchedule {
  private static final Logger log = LoggerFactory.getLogger(ListSchedule.class);
  private final ListEntries entries;

  public ListSchedule(ListEntries entries) {
    this.entries = entries;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStart() {
    run();
  }

  @Scheduled(
      fixedDelayString = "${chengxin.lists.due-every:PT5M}",
      initialDelayString = "${chengxin.lists.due-every:PT5M}")
  public void periodically() {
    run();
  }

  private void run() {
    try {
      int n = entries.applyDue();
      if (n > 0) {
        log.info("applied {} time-driven list step(s)", n);
      }
    } catch (RuntimeException e) {
      log.warn("applying due list steps failed: {}", e.getMessage(), e);
    }
  }
}
