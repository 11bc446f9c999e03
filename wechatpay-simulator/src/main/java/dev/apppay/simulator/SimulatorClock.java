package dev.apppay.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's two notions of time.
 *
 * <p>Business time ({@link #now()}) decides prepay age, time_expire and payment times, and can be
 * moved forward through the control API so that a running stack can reach an order's expiry.
 * Signature timestamps are checked against the unshifted wall time ({@link #wallNow()}), because
 * the merchant signs its requests with its own clock.
 */
public final class SimulatorClock {

  private final Clock base;
  private final AtomicLong offsetMillis = new AtomicLong();

  public SimulatorClock(Clock base) {
    this.base = base;
  }

  /** Returns the business time: the base clock plus every advance so far. */
  public Instant now() {
    return base.instant().plusMillis(offsetMillis.get());
  }

  /** Returns the base clock's time, without advances. */
  public Instant wallNow() {
    return base.instant();
  }

  /** Moves business time forward by {@code duration}; a negative duration is rejected. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Clock advance must not be negative: " + duration);
    }
    offsetMillis.addAndGet(duration.toMillis());
  }

  /** Returns how far business time is ahead of the base clock. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }
}
