package dev.apppay.query.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket that hands out reservations: a caller takes a token now and waits the returned
 * time before using it. The bucket contains at most {@code burst} tokens and gains {@code
 * perSecond} tokens per second, so over any interval of t seconds at most {@code burst + perSecond
 * * t} calls go out. Reservations may drive the balance below zero, and later callers then wait
 * behind them.
 */
public final class TokenBucket {

  private static final double NANOS_PER_SECOND = 1e9;

  private final double tokensPerNano;
  private final double capacity;
  private final LongSupplier nanoTime;
  private double tokens;
  private long refilledAt;

  /**
   * Creates a full bucket.
   *
   * @param perSecond tokens added per second, positive
   * @param burst maximum tokens held, at least 1
   * @param nanoTime a monotonic clock in nanoseconds, normally {@code System::nanoTime}
   */
  public TokenBucket(double perSecond, int burst, LongSupplier nanoTime) {
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException(
          "Rate limit needs a positive rate and a burst of at least 1, got "
              + perSecond
              + " per second and burst "
              + burst);
    }
    this.tokensPerNano = perSecond / NANOS_PER_SECOND;
    this.capacity = burst;
    this.nanoTime = nanoTime;
    this.tokens = burst;
    this.refilledAt = nanoTime.getAsLong();
  }

  /** Takes one token and returns how long to wait before using it, zero when one was free. */
  public synchronized Duration reserve() {
    refill();
    Duration wait = waitForNext();
    tokens -= 1;
    return wait;
  }

  /** Takes one token only when the wait for it is at most {@code maxWait}; returns the wait. */
  public synchronized Optional<Duration> tryReserve(Duration maxWait) {
    refill();
    Duration wait = waitForNext();
    if (wait.compareTo(maxWait) > 0) {
      return Optional.empty();
    }
    tokens -= 1;
    return Optional.of(wait);
  }

  /** Returns how long a caller that reserved now would wait, without reserving. */
  public synchronized Duration currentWait() {
    refill();
    return waitForNext();
  }

  private Duration waitForNext() {
    double missing = 1 - tokens;
    if (missing <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(missing / tokensPerNano));
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
    refilledAt = now;
  }
}
