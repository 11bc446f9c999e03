package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.PaymentSucceeded.Source;
import dev.apppay.order.messaging.PaymentEventApplier;
import dev.apppay.order.support.Await;
import dev.apppay.order.support.Concurrently;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeerServices;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class PaymentEventsTest extends ServiceTest {

  private static final long AMOUNT = 2 * 1999;
  private static final Instant PAID_AT = Instant.parse("2026-12-04T13:05:00Z");

  @Inject PaymentEventApplier applier;

  private OrderApi api;
  private String orderId;
  private String outTradeNo;

  @BeforeEach
  void createOrder() {
    api = OrderApi.newUser();
    orderId = api.createAwaitingPayment();
    outTradeNo = api.get(orderId).jsonPath().getString("outTradeNo");
  }

  @Test
  void matchingPaymentMarksOrderPaid() {
    events.publish(outTradeNo, payment("4200000001", AMOUNT, PeerServices.MCH_ID));

    assertThat(api.awaitStatus(orderId, "PAID")).isEqualTo("PAID");
    JsonPath order = api.get(orderId).jsonPath();
    assertThat(Instant.parse(order.getString("paidAt"))).isEqualTo(PAID_AT);
    assertThat(order.getMap("appParams")).isNull();
    assertThat(database.transitions(orderId))
        .containsExactly("->CREATED", "CREATED->AWAITING_PAYMENT", "AWAITING_PAYMENT->PAID");
  }

  @Test
  void wrongAmountMakesAnomaly() {
    events.publish(outTradeNo, payment("4200000002", AMOUNT - 1, PeerServices.MCH_ID));

    assertThat(api.awaitStatus(orderId, "ANOMALY")).isEqualTo("ANOMALY");
    assertThat(database.transitions(orderId)).doesNotContain("AWAITING_PAYMENT->PAID");
  }

  @Test
  void wrongMerchantMakesAnomaly() {
    events.publish(outTradeNo, payment("4200000003", AMOUNT, "1900000999"));

    assertThat(api.awaitStatus(orderId, "ANOMALY")).isEqualTo("ANOMALY");
  }

  @Test
  void wrongAppIdMakesAnomaly() {
    PaymentSucceeded foreign =
        new PaymentSucceeded(
            "4200000004", AMOUNT, "CNY", "wxother", PeerServices.MCH_ID, PAID_AT, Source.NOTIFY);

    events.publish(outTradeNo, foreign);

    assertThat(api.awaitStatus(orderId, "ANOMALY")).isEqualTo("ANOMALY");
  }

  @Test
  void wrongCurrencyMakesAnomaly() {
    PaymentSucceeded foreign =
        new PaymentSucceeded(
            "4200000005",
            AMOUNT,
            "USD",
            PeerServices.APP_ID,
            PeerServices.MCH_ID,
            PAID_AT,
            Source.QUERY);

    events.publish(outTradeNo, foreign);

    assertThat(api.awaitStatus(orderId, "ANOMALY")).isEqualTo("ANOMALY");
  }

  @Test
  void redeliveredEventPaysOnce() throws Exception {
    EventEnvelope paid =
        EventEnvelope.of(outTradeNo, payment("4200000006", AMOUNT, PeerServices.MCH_ID));

    Concurrently.run(10, () -> sendAndReturn(paid));
    EventEnvelope marker = events.publish(outTradeNo, new PaymentFailed("PAYERROR", "marker"));

    assertThat(Await.until(() -> database.isProcessed(marker.id()), done -> done)).isTrue();
    assertThat(database.transitions(orderId)).containsOnlyOnce("AWAITING_PAYMENT->PAID");
    assertThat(api.status(orderId)).isEqualTo("PAID");
  }

  @Test
  void concurrentDuplicatesApplyOnce() throws Exception {
    EventEnvelope paid =
        EventEnvelope.of(outTradeNo, payment("4200000007", AMOUNT, PeerServices.MCH_ID));

    List<Boolean> applied = Concurrently.run(10, () -> applyInProcess(paid));

    assertThat(applied).containsOnlyOnce(true);
    assertThat(database.transitions(orderId)).containsOnlyOnce("AWAITING_PAYMENT->PAID");
  }

  @Test
  void paymentAfterCloseNeedsReview() {
    events.publish(outTradeNo, new PaymentClosed(Instant.now(), "expired"));
    api.awaitStatus(orderId, "CLOSED");

    events.publish(outTradeNo, payment("4200000008", AMOUNT, PeerServices.MCH_ID));

    assertThat(api.awaitStatus(orderId, "PAID_AFTER_CLOSE")).isEqualTo("PAID_AFTER_CLOSE");
    assertThat(database.transitions(orderId))
        .endsWith("AWAITING_PAYMENT->CLOSED", "CLOSED->PAID_AFTER_CLOSE");
  }

  @Test
  void closeOfPaidOrderIsRejected() {
    events.publish(outTradeNo, payment("4200000009", AMOUNT, PeerServices.MCH_ID));
    api.awaitStatus(orderId, "PAID");

    EventEnvelope closed = events.publish(outTradeNo, new PaymentClosed(Instant.now(), "late"));

    assertThat(Await.until(() -> database.isProcessed(closed.id()), done -> done)).isTrue();
    assertThat(api.status(orderId)).isEqualTo("PAID");
    assertThat(database.transitions(orderId)).doesNotContain("PAID->CLOSED");
  }

  @Test
  void failedAttemptKeepsOrderAwaiting() {
    EventEnvelope failed = events.publish(outTradeNo, new PaymentFailed("PAYERROR", "bank"));

    assertThat(Await.until(() -> database.isProcessed(failed.id()), done -> done)).isTrue();
    assertThat(api.status(orderId)).isEqualTo("AWAITING_PAYMENT");
    assertThat(api.get(orderId).jsonPath().getString("appParams.prepayid")).startsWith("wx");
  }

  @Test
  void databaseFailureRetriesEvent() {
    String constraint = "reject_" + orderId.replace('-', '_');
    database.execute(
        "ALTER TABLE order_transition ADD CONSTRAINT "
            + constraint
            + " CHECK (order_id <> '"
            + orderId
            + "') NOT VALID");
    EventEnvelope paid =
        events.publish(outTradeNo, payment("4200000011", AMOUNT, PeerServices.MCH_ID));
    Await.sleep(Duration.ofMillis(1500));
    boolean processedWhileFailing = database.isProcessed(paid.id());
    String statusWhileFailing = api.status(orderId);

    database.execute("ALTER TABLE order_transition DROP CONSTRAINT " + constraint);

    assertThat(processedWhileFailing).isFalse();
    assertThat(statusWhileFailing).isEqualTo("AWAITING_PAYMENT");
    assertThat(api.awaitStatus(orderId, "PAID")).isEqualTo("PAID");
    assertThat(database.transitions(orderId)).containsOnlyOnce("AWAITING_PAYMENT->PAID");
  }

  @Test
  void unreadableRecordIsSkipped() {
    events.sendRaw(outTradeNo, "{\"id\":\"not json");
    events.sendRaw(outTradeNo, "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"Unknown\"}");

    events.publish(outTradeNo, payment("4200000010", AMOUNT, PeerServices.MCH_ID));

    assertThat(api.awaitStatus(orderId, "PAID")).isEqualTo("PAID");
  }

  private boolean applyInProcess(EventEnvelope envelope) throws Exception {
    try {
      return VertxContextSupport.subscribeAndAwait(() -> applier.applyOnce(envelope));
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private EventEnvelope sendAndReturn(EventEnvelope envelope) {
    events.send(envelope);
    return envelope;
  }

  private static PaymentSucceeded payment(String transactionId, long amountFen, String mchId) {
    return new PaymentSucceeded(
        transactionId, amountFen, "CNY", PeerServices.APP_ID, mchId, PAID_AT, Source.NOTIFY);
  }
}
