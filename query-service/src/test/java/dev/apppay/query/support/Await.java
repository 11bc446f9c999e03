package dev.apppay.query.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a value until it matches or a timeout passes, and returns the last value either way. */
public final class Await {

  private Await() {}

  public static <T> T until(Supplier<T> value, Predicate<T> matches, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    T current = value.get();
    while (!matches.test(current) && Instant.now().isBefore(deadline)) {
      sleep(Duration.ofMillis(100));
      current = value.get();
    }
    return current;
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}
