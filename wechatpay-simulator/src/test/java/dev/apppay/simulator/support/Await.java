package dev.apppay.simulator.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a value until a condition is true or a timeout passes. */
public final class Await {

  private Await() {}

  /** Returns the first value that satisfies {@code done}, or the last value after the timeout. */
  public static <T> T until(
      Supplier<T> value, java.util.function.Predicate<T> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    T current = value.get();
    while (!done.test(current) && System.nanoTime() < deadline) {
      Thread.sleep(10);
      current = value.get();
    }
    return current;
  }
}
