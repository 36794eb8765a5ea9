package org.chengxin.scoring.model;

import java.util.List;

/**
 * A key factor: the net points of every contribution sharing one stable reason code, and the
 * records behind them in event-date order. Like a credit bureau's reason codes, at most four are
 * given, largest absolute impact first.
 */
public record Reason(String code, String description, int points, List<String> records) {

  public Reason {
    records = List.copyOf(records);
  }
}
