package dev.apppay.query.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.query.Payment;
import dev.apppay.query.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckScheduleTest {

  private static final Instant CREATED = Instant.parse("2026-12-04T13:00:00Z");
  private static final List<Duration> DELAYS =
      List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(10));

  private final CheckSchedule schedule =
      new CheckSchedule(
          DELAYS, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(10));

  @Test
  void delaysRepeatTheLastOne() {
    assertThat(schedule.delay(0)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.delay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(schedule.delay(2)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.delay(7)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void firstCheckFollowsFirstDelay() {
    Payment payment = payment(CREATED.plusSeconds(3600));

    assertThat(schedule.firstCheckAt(payment)).isEqualTo(CREATED.plusSeconds(10));
  }

  @Test
  void nextCheckNeverPassesExpiry() {
    Payment payment = payment(CREATED.plus(Duration.ofMinutes(12)));
    payment.checkAttempts = 5;
    Instant now = CREATED.plus(Duration.ofMinutes(8));

    assertThat(schedule.nextCheckAt(payment, CheckAction.QUERY, now))
        .isEqualTo(CREATED.plus(Duration.ofMinutes(12)));
  }

  @Test
  void expiredOrderIsClosed() {
    Payment payment = payment(CREATED.plus(Duration.ofMinutes(30)));

    assertThat(schedule.actionFor(payment, CREATED.plus(Duration.ofMinutes(29))))
        .isEqualTo(CheckAction.QUERY);
    assertThat(schedule.actionFor(payment, CREATED.plus(Duration.ofMinutes(30))))
        .isEqualTo(CheckAction.CLOSE);
  }

  @Test
  void youngOrderIsNotClosedYet() {
    Payment payment = payment(CREATED.plusSeconds(60));
    payment.cancelRequested = true;
    payment.checkAttempts = 5;

    assertThat(schedule.actionFor(payment, CREATED.plusSeconds(120))).isEqualTo(CheckAction.QUERY);
    assertThat(schedule.nextCheckAt(payment, CheckAction.QUERY, CREATED.plusSeconds(120)))
        .isEqualTo(CREATED.plus(Duration.ofMinutes(5)));
    assertThat(schedule.actionFor(payment, CREATED.plus(Duration.ofMinutes(5))))
        .isEqualTo(CheckAction.CLOSE);
  }

  @Test
  void failedCloseRetriesAfterDelay() {
    Payment payment = payment(CREATED.plusSeconds(60));
    Instant now = CREATED.plus(Duration.ofMinutes(6));

    assertThat(schedule.nextCheckAt(payment, CheckAction.CLOSE, now))
        .isEqualTo(now.plus(Duration.ofMinutes(1)));
  }

  @Test
  void closeRetriesBackOffToMaximum() {
    Payment payment = payment(CREATED.plusSeconds(60));
    payment.closeAttempts = 2;
    Instant now = CREATED.plus(Duration.ofMinutes(6));

    assertThat(schedule.nextCheckAt(payment, CheckAction.CLOSE, now))
        .isEqualTo(now.plus(Duration.ofMinutes(4)));
    assertThat(schedule.closeRetryDelay(1)).isEqualTo(Duration.ofMinutes(2));
    assertThat(schedule.closeRetryDelay(3)).isEqualTo(Duration.ofMinutes(8));
    assertThat(schedule.closeRetryDelay(4)).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule.closeRetryDelay(40)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void orderWithoutExpiryIsOnlyQueried() {
    Payment payment = payment(null);

    assertThat(schedule.actionFor(payment, CREATED.plus(Duration.ofDays(1))))
        .isEqualTo(CheckAction.QUERY);
  }

  @Test
  void emptyDelaysAreRejected() {
    assertThatThrownBy(
            () -> new CheckSchedule(List.of(), Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query.check.delays needs at least one delay");
  }

  private static Payment payment(Instant expiresAt) {
    Payment payment = new Payment();
    payment.outTradeNo = "AP0000000001";
    payment.status = PaymentStatus.AWAITING_PAYMENT;
    payment.createdAt = CREATED;
    payment.updatedAt = CREATED;
    payment.expiresAt = expiresAt;
    return payment;
  }
}
