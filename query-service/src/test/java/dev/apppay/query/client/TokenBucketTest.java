package dev.apppay.query.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void fullBucketServesBurstWithoutWait() {
    TokenBucket bucket = new TokenBucket(2, 3, nanos::get);

    assertThat(bucket.reserve()).isZero();
    assertThat(bucket.reserve()).isZero();
    assertThat(bucket.reserve()).isZero();
  }

  @Test
  void reservationsBeyondBurstQueueAtRate() {
    TokenBucket bucket = new TokenBucket(2, 1, nanos::get);

    assertThat(bucket.reserve()).isZero();
    assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
    assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void tokensRefillWithElapsedTime() {
    TokenBucket bucket = new TokenBucket(4, 1, nanos::get);
    bucket.reserve();

    advance(Duration.ofMillis(250));

    assertThat(bucket.reserve()).isZero();
  }

  @Test
  void refillStopsAtBurst() {
    TokenBucket bucket = new TokenBucket(10, 2, nanos::get);

    advance(Duration.ofSeconds(60));

    assertThat(bucket.reserve()).isZero();
    assertThat(bucket.reserve()).isZero();
    assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void tryReserveRejectsLongWait() {
    TokenBucket bucket = new TokenBucket(1, 1, nanos::get);
    bucket.reserve();

    Optional<Duration> rejected = bucket.tryReserve(Duration.ofMillis(999));
    Optional<Duration> accepted = bucket.tryReserve(Duration.ofSeconds(1));

    assertThat(rejected).isEmpty();
    assertThat(accepted).contains(Duration.ofSeconds(1));
    assertThat(bucket.currentWait()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void callsInIntervalStayWithinBound() {
    TokenBucket bucket = new TokenBucket(5, 2, nanos::get);
    long sent = 0;
    Duration elapsed = Duration.ZERO;

    // A caller that tries every 10 ms and sends only when no wait is needed.
    while (elapsed.compareTo(Duration.ofSeconds(10)) < 0) {
      if (bucket.tryReserve(Duration.ZERO).isPresent()) {
        sent++;
      }
      advance(Duration.ofMillis(10));
      elapsed = elapsed.plusMillis(10);
    }

    assertThat(sent).isLessThanOrEqualTo(2 + 5 * 10);
    assertThat(sent).isGreaterThanOrEqualTo(5 * 10);
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, nanos::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Rate limit needs a positive rate and a burst of at least 1, got 0.0 per second and"
                + " burst 1");
    assertThatThrownBy(() -> new TokenBucket(1, 0, nanos::get))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
