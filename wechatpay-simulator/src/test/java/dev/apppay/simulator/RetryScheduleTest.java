package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.DeliveryAttempt;
import dev.apppay.simulator.notify.DeliveryOutcome;
import dev.apppay.simulator.notify.DeliveryStatus;
import dev.apppay.simulator.notify.RetrySchedule;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.Await;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.TestConfigs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private WeChatPaySimulator simulator;
  private NotificationReceiver receiver;

  @AfterEach
  void stop() throws Exception {
    if (simulator != null) {
      simulator.close();
      receiver.close();
    }
  }

  @Test
  void scheduleHasSixteenAttemptsOverTwentyFourHours() {
    RetrySchedule schedule = new RetrySchedule(1.0);
    Duration total = Duration.ZERO;
    for (int number = 1; number < schedule.attempts(); number++) {
      total = total.plus(schedule.gapAfter(number));
    }

    assertThat(schedule.attempts()).isEqualTo(16);
    assertThat(total).isEqualTo(Duration.ofHours(24).plusMinutes(4));
    assertThat(schedule.gapAfter(1)).isEqualTo(Duration.ofSeconds(15));
    assertThat(schedule.gapAfter(15)).isEqualTo(Duration.ofHours(6));
    assertThat(new RetrySchedule(0.001).gapAfter(4)).isEqualTo(Duration.ofMillis(180));
  }

  @Test
  void rejectedNotificationIsRetriedUntilAcknowledged() throws Exception {
    start(0.001, Duration.ofSeconds(5));
    receiver.rejectNext(3);

    Delivery delivery = payAndAwaitEnd("RETRY00001");

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
    assertThat(delivery.attempts()).extracting(DeliveryAttempt::number).containsExactly(1, 2, 3, 4);
    assertThat(delivery.attempts())
        .extracting(DeliveryAttempt::outcome)
        .containsExactly(
            DeliveryOutcome.REJECTED,
            DeliveryOutcome.REJECTED,
            DeliveryOutcome.REJECTED,
            DeliveryOutcome.ACKNOWLEDGED);
    assertThat(delivery.attempts().get(0).httpStatus()).isEqualTo(500);
    assertGapsAtLeastScaled(delivery.attempts(), new RetrySchedule(0.001));
    assertThat(receiver.received()).hasSize(4);
  }

  @Test
  void deliveryGivesUpAfterLastAttempt() throws Exception {
    start(0.00001, Duration.ofSeconds(5));
    receiver.rejectNext(100);

    Delivery delivery = payAndAwaitEnd("RETRY00002");

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.EXHAUSTED);
    assertThat(delivery.attempts()).hasSize(16);
    assertThat(delivery.nextAttemptAt()).isNull();
    assertGapsAtLeastScaled(delivery.attempts(), new RetrySchedule(0.00001));
    assertThat(receiver.received()).hasSize(16);
  }

  @Test
  void slowReplyCountsAsFailedAttempt() throws Exception {
    start(0.01, Duration.ofMillis(100));
    receiver.delayReplies(Duration.ofMillis(400));

    Delivery delivery = payAndAwait("RETRY00003", found -> found.attempts().size() >= 1);
    receiver.delayReplies(Duration.ZERO);
    Delivery finished =
        Await.until(
            () -> simulator.deliveries("RETRY00003").get(0),
            found -> found.status() == DeliveryStatus.ACKNOWLEDGED,
            Duration.ofSeconds(5));

    assertThat(delivery.attempts().get(0).outcome()).isEqualTo(DeliveryOutcome.FAILED);
    assertThat(delivery.attempts().get(0).httpStatus()).isNull();
    assertThat(finished.attempts().size()).isGreaterThanOrEqualTo(2);
  }

  private void start(double timeScale, Duration notifyTimeout) throws Exception {
    simulator =
        WeChatPaySimulator.start(
            TestConfigs.builder().timeScale(timeScale).notifyTimeout(notifyTimeout).build());
    receiver = NotificationReceiver.start(simulator.credentials());
  }

  private Delivery payAndAwaitEnd(String outTradeNo) throws Exception {
    return payAndAwait(outTradeNo, found -> found.status() != DeliveryStatus.PENDING);
  }

  private Delivery payAndAwait(String outTradeNo, java.util.function.Predicate<Delivery> done)
      throws Exception {
    MerchantV3Client merchant = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
    AppUser user = new AppUser(simulator.baseUrl(), simulator.credentials());
    String prepayId =
        merchant.prepay(outTradeNo, 100, receiver.url()).json().path("prepay_id").asText();
    user.post("/simulator/pay", user.v3Parameters(prepayId));
    return Await.until(() -> simulator.deliveries(outTradeNo).get(0), done, Duration.ofSeconds(10));
  }

  private static void assertGapsAtLeastScaled(
      List<DeliveryAttempt> attempts, RetrySchedule schedule) {
    for (int i = 1; i < attempts.size(); i++) {
      Duration gap = Duration.between(attempts.get(i - 1).sentAt(), attempts.get(i).sentAt());
      long expectedMillis = Math.max(1, schedule.gapAfter(i).toMillis());
      assertThat(gap.toMillis())
          .as("gap before attempt %d", i + 1)
          .isGreaterThanOrEqualTo(expectedMillis);
    }
  }
}
