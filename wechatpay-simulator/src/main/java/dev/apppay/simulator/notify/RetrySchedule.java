package dev.apppay.simulator.notify;

import java.time.Duration;
import java.util.List;

/**
 * WeChat Pay's notification retry schedule, compressed by a time scale for tests.
 *
 * <p>After a failed first delivery WeChat Pay tries again after 15 s, 15 s, 30 s, 3 min, 10 min, 20
 * min, 30 min, 30 min, 30 min, 60 min, 3 h, 3 h, 3 h, 6 h and 6 h: 16 attempts over 24 h 4 min.
 */
public final class RetrySchedule {

  /** The gaps before attempts 2 to 16, at time scale 1. */
  public static final List<Duration> WECHAT_GAPS =
      List.of(
          Duration.ofSeconds(15),
          Duration.ofSeconds(15),
          Duration.ofSeconds(30),
          Duration.ofMinutes(3),
          Duration.ofMinutes(10),
          Duration.ofMinutes(20),
          Duration.ofMinutes(30),
          Duration.ofMinutes(30),
          Duration.ofMinutes(30),
          Duration.ofMinutes(60),
          Duration.ofHours(3),
          Duration.ofHours(3),
          Duration.ofHours(3),
          Duration.ofHours(6),
          Duration.ofHours(6));

  private final double timeScale;

  /** Creates the schedule; {@code timeScale} 0.001 turns 15 s into 15 ms. */
  public RetrySchedule(double timeScale) {
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
    }
    this.timeScale = timeScale;
  }

  /** Returns the number of attempts, the first included. */
  public int attempts() {
    return WECHAT_GAPS.size() + 1;
  }

  /** Returns the scaled wait after attempt {@code number} failed (1 to attempts() - 1). */
  public Duration gapAfter(int number) {
    Duration gap = WECHAT_GAPS.get(number - 1);
    return Duration.ofNanos(Math.round(gap.toNanos() * timeScale));
  }
}
