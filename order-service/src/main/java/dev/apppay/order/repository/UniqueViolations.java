package dev.apppay.order.repository;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/** Recognizes the PostgreSQL error of an insert that lost a race for a unique key. */
public final class UniqueViolations {

  /** PostgreSQL's SQLSTATE {@code unique_violation}. */
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  /** Returns whether {@code error} or one of its causes is a unique violation. */
  public static boolean isUniqueViolation(Throwable error) {
    for (Throwable cause = error; cause != null; cause = nextCause(cause)) {
      if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
        return true;
      }
      // Hibernate Reactive reports it as a JDBC exception that carries the SQLSTATE.
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static Throwable nextCause(Throwable error) {
    Throwable cause = error.getCause();
    return cause == error ? null : cause;
  }
}
