package dev.apppay.query.service;

import dev.apppay.query.Payment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides when the job next looks at an unpaid order and whether it queries or closes it.
 *
 * <p>Queries follow the backoff delays, the last one repeating. No check is scheduled later than
 * the moment the order becomes due for closing. An order is closed once it is expired or cancelled
 * and at least the minimum age old.
 */
public final class CheckSchedule {

  private final List<Duration> delays;
  private final Duration minCloseAge;
  private final Duration closeRetryDelay;
  private final Duration maxCloseRetryDelay;

  public CheckSchedule(
      List<Duration> delays,
      Duration minCloseAge,
      Duration closeRetryDelay,
      Duration maxCloseRetryDelay) {
    if (delays.isEmpty()) {
      throw new IllegalArgumentException("query.check.delays needs at least one delay");
    }
    this.delays = List.copyOf(delays);
    this.minCloseAge = minCloseAge;
    this.closeRetryDelay = closeRetryDelay;
    this.maxCloseRetryDelay = maxCloseRetryDelay;
  }

  /** Returns the delay after the check numbered {@code attempt}, counting from 0. */
  public Duration delay(int attempt) {
    return delays.get(Math.min(attempt, delays.size() - 1));
  }

  /** Returns the wait after the close numbered {@code attempt}, counting from 0. */
  public Duration closeRetryDelay(int attempt) {
    Duration delay = closeRetryDelay;
    for (int i = 0; i < attempt && delay.compareTo(maxCloseRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxCloseRetryDelay) > 0 ? maxCloseRetryDelay : delay;
  }

  /** Returns the time of the first check of a newly known unpaid order. */
  public Instant firstCheckAt(Payment payment) {
    return earliest(payment.createdAt.plus(delay(0)), closeDueAt(payment));
  }

  /** Returns whether the job closes the order now rather than query it. */
  public CheckAction actionFor(Payment payment, Instant now) {
    Instant closeDueAt = closeDueAt(payment);
    boolean closeDue = closeDueAt != null && !now.isBefore(closeDueAt);
    return closeDue ? CheckAction.CLOSE : CheckAction.QUERY;
  }

  /** Returns the time of the check after the one the job starts now with {@code action}. */
  public Instant nextCheckAt(Payment payment, CheckAction action, Instant now) {
    if (action == CheckAction.CLOSE) {
      return now.plus(closeRetryDelay(payment.closeAttempts));
    }
    return earliest(now.plus(delay(payment.checkAttempts)), closeDueAt(payment));
  }

  /** Returns when the order becomes due for closing, or null while it has no expiry or cancel. */
  Instant closeDueAt(Payment payment) {
    Instant earliestClose = payment.createdAt.plus(minCloseAge);
    if (payment.cancelRequested) {
      return earliestClose;
    }
    if (payment.expiresAt == null) {
      return null;
    }
    return latest(payment.expiresAt, earliestClose);
  }

  private static Instant earliest(Instant first, Instant second) {
    return second == null || first.isBefore(second) ? first : second;
  }

  private static Instant latest(Instant first, Instant second) {
    return first.isAfter(second) ? first : second;
  }
}
