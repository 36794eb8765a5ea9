package org.chengxin.ingest.app;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/** Book-keeping of ingest batches, in the same transaction as their records. */
@Component
class IngestBatches {

  long open(Connection c, String providerId, String channel, String sourceName)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "insert into ingest_batch (provider_id, channel, source_name, items, created,"
                + " duplicates) values (?, ?, ?, 0, 0, 0) returning id")) {
      ps.setString(1, providerId);
      ps.setString(2, channel);
      ps.setString(3, sourceName);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  void close(Connection c, long batchId, long items, long created, long duplicates, long skipped)
      throws SQLException {
    try (var ps =
        c.prepareStatement(
            "update ingest_batch set items = ?, created = ?, duplicates = ?, skipped = ?"
                + " where id = ?")) {
      ps.setLong(1, items);
      ps.setLong(2, created);
      ps.setLong(3, duplicates);
      ps.setLong(4, skipped);
      ps.setLong(5, batchId);
      ps.executeUpdate();
    }
  }
}
