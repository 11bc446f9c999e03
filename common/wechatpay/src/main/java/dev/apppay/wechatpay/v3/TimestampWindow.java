package dev.apppay.wechatpay.v3;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.TIMESTAMP_OUT_OF_WINDOW;

import dev.apppay.wechatpay.SignatureVerificationException;
import java.time.Clock;
import java.time.Duration;

/** Rejects signature timestamps 5 minutes or more away from the clock, in either direction. */
final class TimestampWindow {

  static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;

  TimestampWindow(Clock clock) {
    this.clock = clock;
  }

  void check(long timestamp) {
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - timestamp) >= WINDOW.toSeconds()) {
      throw new SignatureVerificationException(
          TIMESTAMP_OUT_OF_WINDOW,
          "Timestamp " + timestamp + " is 5 minutes or more away from the current time " + now);
    }
  }
}
