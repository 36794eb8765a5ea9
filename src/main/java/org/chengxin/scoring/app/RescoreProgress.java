package org.chengxin.scoring.app;

/** Hears a full rescore's progress: subjects scored so far, of the total it covers. */
@FunctionalInterface
public interface RescoreProgress {
  void update(long done, long total);
}
