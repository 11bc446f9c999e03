package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.DeliveryAttempt;
import dev.apppay.simulator.notify.DeliveryOutcome;
import dev.apppay.simulator.notify.DeliveryStatus;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.Await;
import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.wechatpay.v2.SignType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotificationFaultTest {

  private static final long SEED = 42;

  private WeChatPaySimulator simulator;
  private NotificationReceiver receiver;
  private MerchantV3Client merchant;
  private AppUser user;

  @AfterEach
  void stop() throws Exception {
    simulator.close();
    receiver.close();
  }

  @Test
  void dropAllLosesEveryAttempt() throws Exception {
    start(0.00001);
    simulator
        .faults()
        .setForOrder("FDROP00001", faults(1.0, 0, false, 0, SignatureFault.NONE, 0, 0));

    Delivery delivery = payAndAwait("FDROP00001", ended());

    assertThat(delivery.status()).isEqualTo(DeliveryStatus.EXHAUSTED);
    assertThat(delivery.attempts()).hasSize(16);
    assertThat(delivery.attempts())
        .allMatch(attempt -> attempt.outcome() == DeliveryOutcome.DROPPED);
    assertThat(receiver.received()).isEmpty();
  }

  @Test
  void seededDropRateDropsPredictableAttempts() throws Exception {
    start(0.00001);
    receiver.rejectNext(100);
    simulator.faults().setGlobal(faults(0.3, 0, false, 0, SignatureFault.NONE, 0, 0));

    Delivery delivery = payAndAwait("FDROP00002", ended());

    Random expected = new Random(SEED);
    List<DeliveryOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      outcomes.add(
          expected.nextDouble() < 0.3 ? DeliveryOutcome.DROPPED : DeliveryOutcome.REJECTED);
    }
    assertThat(delivery.attempts())
        .extracting(DeliveryAttempt::outcome)
        .containsExactlyElementsOf(outcomes);
    assertThat(outcomes).contains(DeliveryOutcome.DROPPED, DeliveryOutcome.REJECTED);
    assertThat(receiver.received())
        .hasSize((int) outcomes.stream().filter(DeliveryOutcome.REJECTED::equals).count());
  }

  @Test
  void sequentialDuplicatesArriveOneByOne() throws Exception {
    start(0.001);
    receiver.delayReplies(Duration.ofMillis(50));
    simulator.faults().setForOrder("FDUPL00001", faults(0, 2, false, 0, SignatureFault.NONE, 0, 0));

    Delivery delivery = payAndAwait("FDUPL00001", ended());

    assertThat(delivery.attempts()).extracting(DeliveryAttempt::copy).containsExactly(0, 1, 2);
    assertThat(delivery.attempts())
        .allMatch(attempt -> attempt.outcome() == DeliveryOutcome.ACKNOWLEDGED);
    assertThat(receiver.received()).hasSize(3);
    assertThat(receiver.received())
        .extracting(Received::notificationId)
        .containsOnly(delivery.id());
    assertThat(receiver.maxInFlight()).isEqualTo(1);
  }

  @Test
  void concurrentDuplicatesOverlap() throws Exception {
    start(0.001);
    receiver.delayReplies(Duration.ofMillis(300));
    simulator.faults().setForOrder("FDUPL00002", faults(0, 2, true, 0, SignatureFault.NONE, 0, 0));

    Delivery delivery = payAndAwait("FDUPL00002", ended());

    assertThat(delivery.attempts()).hasSize(3);
    assertThat(receiver.received())
        .extracting(Received::notificationId)
        .containsOnly(delivery.id());
    assertThat(receiver.maxInFlight()).isEqualTo(3);
  }

  @Test
  void delayHoldsFirstAttempt() throws Exception {
    start(0.001);
    simulator
        .faults()
        .setForOrder("FDELAY0001", faults(0, 0, false, 400, SignatureFault.NONE, 0, 0));

    Delivery delivery = payAndAwait("FDELAY0001", ended());

    Duration wait = Duration.between(delivery.createdAt(), delivery.attempts().get(0).sentAt());
    assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
  }

  @Test
  void reorderWindowSendsNewestFirst() throws Exception {
    start(0.001);
    simulator.faults().setGlobal(faults(0, 0, false, 0, SignatureFault.NONE, 0, 2));

    pay("FORDER0001");
    assertThat(receiver.awaitReceived(1, Duration.ofMillis(300))).isEmpty();
    pay("FORDER0002");
    List<Received> received = receiver.awaitReceived(2, Duration.ofSeconds(5));

    assertThat(received)
        .extracting(Received::outTradeNo)
        .containsExactly("FORDER0002", "FORDER0001");
  }

  @Test
  void releaseSendsHeldNotifications() throws Exception {
    start(0.001);
    simulator.faults().setGlobal(faults(0, 0, false, 0, SignatureFault.NONE, 0, 5));
    pay("FORDER0003");

    AppUser.ControlReply released =
        user.post("/simulator/notifications/release", java.util.Map.of());
    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));

    assertThat(released.json().path("released").asInt()).isEqualTo(1);
    assertThat(received).extracting(Received::outTradeNo).containsExactly("FORDER0003");
  }

  @Test
  void invalidSignatureIsRetried() throws Exception {
    start(0.001);
    simulator
        .faults()
        .setForOrder("FSIGN00001", faults(0, 0, false, 0, SignatureFault.INVALID, 1, 0));

    Delivery delivery = payAndAwait("FSIGN00001", ended());

    assertThat(delivery.attempts())
        .extracting(DeliveryAttempt::outcome)
        .containsExactly(DeliveryOutcome.REJECTED, DeliveryOutcome.ACKNOWLEDGED);
    assertThat(delivery.attempts().get(0).signatureFault()).isEqualTo("INVALID");
    assertThat(receiver.received().get(0).verificationError()).isEqualTo("SIGNATURE_MISMATCH");
    assertThat(receiver.received().get(1).verified()).isTrue();
  }

  @Test
  void signTestProbeFailsVerification() throws Exception {
    start(0.001);
    simulator
        .faults()
        .setForOrder("FSIGN00002", faults(0, 0, false, 0, SignatureFault.SIGNTEST, 1, 0));

    Delivery delivery = payAndAwait("FSIGN00002", ended());

    Received probe = receiver.received().get(0);
    assertThat(probe.headers().get("Wechatpay-Signature")).startsWith("WECHATPAY/SIGNTEST/");
    assertThat(probe.verificationError()).isEqualTo("PROBE_SIGNATURE");
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
    assertThat(delivery.attempts()).hasSize(2);
  }

  @Test
  void v2InvalidSignatureFailsVerification() throws Exception {
    start(0.001);
    simulator
        .faults()
        .setForOrder("FSIGN00003", faults(0, 0, false, 0, SignatureFault.SIGNTEST, 1, 0));
    MerchantV2Client v2 = new MerchantV2Client(simulator.baseUrl(), simulator.credentials());
    String prepayId =
        v2.unifiedOrder(v2.orderFields("FSIGN00003", 100, receiver.url()), SignType.MD5)
            .get("prepay_id");

    user.post("/simulator/pay", user.v2Parameters(prepayId, SignType.MD5));
    List<Received> received = receiver.awaitReceived(2, Duration.ofSeconds(5));

    assertThat(received.get(0).verificationError()).isEqualTo("SIGNATURE_MISMATCH");
    assertThat(received.get(1).verified()).isTrue();
  }

  private void start(double timeScale) throws Exception {
    simulator =
        WeChatPaySimulator.start(
            TestConfigs.builder().timeScale(timeScale).faultSeed(SEED).build());
    receiver = NotificationReceiver.start(simulator.credentials());
    merchant = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
    user = new AppUser(simulator.baseUrl(), simulator.credentials());
  }

  private void pay(String outTradeNo) throws Exception {
    String prepayId =
        merchant.prepay(outTradeNo, 100, receiver.url()).json().path("prepay_id").asText();
    user.post("/simulator/pay", user.v3Parameters(prepayId));
  }

  private Delivery payAndAwait(String outTradeNo, java.util.function.Predicate<Delivery> done)
      throws Exception {
    pay(outTradeNo);
    return Await.until(() -> simulator.deliveries(outTradeNo).get(0), done, Duration.ofSeconds(10));
  }

  private static java.util.function.Predicate<Delivery> ended() {
    return delivery -> delivery.status() != DeliveryStatus.PENDING;
  }

  private static FaultSettings faults(
      double dropRate,
      int duplicates,
      boolean concurrent,
      long delayMillis,
      SignatureFault signatureFault,
      int corruptedAttempts,
      int reorderWindow) {
    return new FaultSettings(
        dropRate,
        duplicates,
        concurrent,
        delayMillis,
        signatureFault,
        corruptedAttempts,
        reorderWindow,
        null);
  }
}
