package org.pmc.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (server restarting, connections cut, pool timed out) from any other
 * error, however deeply the JDBC driver, Hibernate, MyBatis (Camunda) or Spring wrapped it. Such a request
 * answers 503: it was not carried out and may be retried once the database is back (Hikari reconnects).
 */
public final class DatabaseOutage {

  /** Retry-After of a 503: the pool retries new connections continually, a restart takes seconds. */
  public static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
          || cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || evicted(sql))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hikari's stand-in for a connection it evicted after a fatal error: using it (e.g. the rollback after the
   * failed statement) says "Connection is closed" without an SQLSTATE, and hides the original error.
   */
  private static boolean evicted(SQLException e) {
    return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
  }

  /** SQLSTATE class 08 (connection exception) and 57P01..03 (server shutting down or starting up). */
  private static boolean connectionLost(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
