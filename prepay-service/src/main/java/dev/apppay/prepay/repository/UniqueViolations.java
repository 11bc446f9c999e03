package dev.apppay.prepay.repository;

import io.vertx.pgclient.PgException;

/** Recognizes the PostgreSQL error of an insert that lost the race for a unique key. */
public final class UniqueViolations {

  /** PostgreSQL's SQLSTATE {@code unique_violation}. */
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolations() {}

  /** Whether {@code error} or one of its causes is a unique violation. */
  public static boolean isUniqueViolation(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
