package org.chengxin.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that needs the raw JDBC connection (COPY, savepoints) in one Spring transaction: the
 * work sees the transaction's connection, commits with it, and rolls back with it on any failure or
 * when it marks the status rollback-only.
 */
@Component
public class Transactions {
  private final DataSource dataSource;
  private final TransactionTemplate tx;

  public Transactions(DataSource dataSource, TransactionTemplate tx) {
    this.dataSource = dataSource;
    this.tx = tx;
  }

  /** Work on the transaction's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection, TransactionStatus status) throws Exception;
  }

  /** Runs {@code work} in a new transaction; {@code failure} names it in error messages. */
  public <T> T inTransaction(String failure, Work<T> work) {
    return tx.execute(status -> {
      Connection c = DataSourceUtils.getConnection(dataSource);
      try {
        return work.run(c, status);
      } catch (RuntimeException e) {
        throw e;
      } catch (SQLException e) {
        throw new IllegalStateException(failure + "; nothing was stored", e);
      } catch (Exception e) {
        throw new IllegalStateException(failure + ": " + e.getMessage(), e);
      } finally {
        DataSourceUtils.releaseConnection(c, dataSource);
      }
    });
  }
}
