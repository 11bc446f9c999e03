package dev.apppay.prepay.repository;

import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;

/**
 * Recognizes the PostgreSQL error of an insert that lost the race for a unique key, as Hibernate
 * Reactive reports it or as the reactive client does.
 */
public final class UniqueViolations {

  /** PostgreSQL's SQLSTATE {@code unique_violation}. */
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  /** Returns whether {@code error} or one of its causes is a unique violation. */
  public static boolean isUniqueViolation(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
        return true;
      }
      if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
        return true;
      }
    }
    return false;
  }
}
