package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apppay.local.WeChatPayProtocol.Payment;
import dev.apppay.local.WeChatPayProtocol.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Payment scenarios across every process of the stack, run once per WeChat Pay API version by the
 * subclasses. All scenarios of a subclass share one stack, because starting a stack takes longer
 * than most scenarios.
 *
 * <p>The stack's orders expire {@value #ORDER_EXPIRY} after creation, and query-service closes them
 * without its production minimum age of 5 minutes, so that an order expires within the run. The
 * expiring order is created right after the start and checked by the last scenario, so its wait
 * overlaps the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CrossServiceScenarios {

  /** WeChat Pay rejects a time_expire less than 1 minute ahead, so 80 s leaves a margin. */
  private static final String ORDER_EXPIRY = "80s";

  private static final Map<String, Map<String, String>> TEST_ENVIRONMENT =
      Map.of(
          "order-service", Map.of("APPPAY_ORDER_EXPIRY", ORDER_EXPIRY),
          "query-service", Map.of("QUERY_CLOSE_MIN_AGE", "0s"));
  private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(90);
  private static final String OTHER_MCH_ID = "1900099999";

  private StackFixture fixture;
  private ServiceDatabases databases;
  private WeChatPayProtocol protocol;
  private JsonNode expiringOrder;

  /** Returns the WeChat Pay API version, {@code V2} or {@code V3}. */
  abstract String apiVersion();

  /** Returns the shift of every port, distinct for each test class. */
  abstract int portOffset();

  abstract WeChatPayProtocol protocol(StackKeys keys);

  @BeforeAll
  void startStack() throws Exception {
    fixture = StackFixture.start(apiVersion(), portOffset(), TEST_ENVIRONMENT);
    databases = new ServiceDatabases(fixture.stack());
    protocol = protocol(fixture.stack().keys());
    expiringOrder = fixture.createOrder("erin");
  }

  @AfterAll
  void stopStack() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(1)
  void appParamsVerifyWithStackKeys() {
    JsonNode order = fixture.createOrder("alice");
    Map<String, String> params = appParams(order);
    JsonNode atWeChat = SimulatorControl.order(fixture.simulatorUrl(), outTradeNo(order));

    assertThat(params)
        .containsOnlyKeys(
            "appid", "partnerid", "prepayid", "package", "noncestr", "timestamp", "sign");
    assertThat(params).containsEntry("appid", StackKeys.APP_ID);
    assertThat(params).containsEntry("partnerid", StackKeys.MCH_ID);
    assertThat(params).containsEntry("package", "Sign=WXPay");
    assertThat(params).containsEntry("prepayid", atWeChat.path("prepayId").asText());
    assertThat(params.get("noncestr")).matches("[0-9A-Za-z]{32}");
    assertThat(Long.parseLong(params.get("timestamp")))
        .isCloseTo(Instant.now().getEpochSecond(), within(300L));
    assertThat(protocol.verifiesAppParams(params)).isTrue();
  }

  @Test
  @Order(2)
  void tamperedAppParamsDoNotVerify() {
    JsonNode order = fixture.createOrder("alice");
    Map<String, String> params = appParams(order);

    for (String field : List.of("appid", "timestamp", "noncestr", "prepayid")) {
      assertThat(protocol.verifiesAppParams(tamper(params, field)))
          .as("verifies with a changed " + field)
          .isFalse();
    }
    Http.Reply pay =
        Http.post(fixture.simulatorUrl() + "/simulator/pay", tamper(params, "noncestr"), Map.of());
    assertThat(pay.status()).isEqualTo(400);
    assertThat(pay.body())
        .isEqualTo(userActionError("SIGN_ERROR", "Client parameter signature does not match"));
    assertThat(simulatorState(order)).isEqualTo("NOTPAY");
  }

  @Test
  @Order(3)
  void lostNotificationEndsPaidThroughQuery() {
    JsonNode order = fixture.createOrder("bob");
    String outTradeNo = outTradeNo(order);
    SimulatorControl.setOrderFaults(fixture.simulatorUrl(), outTradeNo, Map.of("dropRate", 1));

    fixture.pay(order);

    assertThat(fixture.awaitStatus("bob", id(order), "PAID", STATUS_TIMEOUT)).isEqualTo("PAID");
    assertThat(transitionReasons(id(order), "PAID")).containsExactly("paid via QUERY");
    assertThat(notificationRows(outTradeNo)).isZero();
    assertThat(attemptOutcomes(outTradeNo)).isNotEmpty().containsOnly("DROPPED");
  }

  @Test
  @Order(4)
  void concurrentDuplicatesRecordOnePayment() {
    JsonNode order = fixture.createOrder("carol");
    String outTradeNo = outTradeNo(order);
    SimulatorControl.setOrderFaults(
        fixture.simulatorUrl(), outTradeNo, Map.of("duplicates", 9, "concurrentDuplicates", true));

    fixture.pay(order);

    assertThat(fixture.awaitStatus("carol", id(order), "PAID", STATUS_TIMEOUT)).isEqualTo("PAID");
    List<String> outcomes = awaitAttemptOutcomes(outTradeNo, 10);
    assertThat(outcomes).hasSize(10).containsOnly("ACKNOWLEDGED");
    assertThat(notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(notifyOutboxEvents(outTradeNo)).isEqualTo(1);
    assertThat(transitionReasons(id(order), "PAID")).containsExactly("paid via NOTIFY");
    assertThat(fixture.order("carol", id(order)).path("status").asText()).isEqualTo("PAID");
  }

  @Test
  @Order(5)
  void forgedNotificationsChangeNothing() {
    JsonNode order = fixture.createOrder("dave");
    Payment payment = Payment.of(order);
    String notifyService = fixture.stack().url("notify-service");
    awaitQueryServiceView(payment.outTradeNo());

    Reply forged = NotifyEndpoint.post(notifyService, protocol.forged(payment));
    Reply tampered = NotifyEndpoint.post(notifyService, protocol.tampered(payment, 1));
    Reply otherMerchant =
        NotifyEndpoint.post(notifyService, protocol.signed(payment.withMchId(OTHER_MCH_ID)));
    JsonNode refreshed = fixture.refresh("dave", id(order));

    assertThat(forged).isEqualTo(protocol.signatureRejection());
    assertThat(tampered).isEqualTo(protocol.signatureRejection());
    assertThat(otherMerchant)
        .isEqualTo(protocol.checkRejection("mch_id does not match this merchant"));
    assertThat(refreshed.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(simulatorState(order)).isEqualTo("NOTPAY");
    assertThat(notificationRows(outTradeNo(order))).isZero();
    assertThat(notifyOutboxEvents(outTradeNo(order))).isZero();
    assertThat(transitions(id(order))).containsExactly("CREATED", "AWAITING_PAYMENT");
  }

  @Test
  @Order(6)
  void wrongAmountPaymentEndsAnomaly() {
    JsonNode order = fixture.createOrder("grace");
    long paidFen = order.path("amountFen").asLong() - 1;
    ObjectNode params = order.path("appParams").deepCopy();
    params.put("amount", paidFen);

    JsonNode payment = SimulatorControl.pay(fixture.simulatorUrl(), params);
    String status = fixture.awaitStatus("grace", id(order), "ANOMALY", STATUS_TIMEOUT);

    assertThat(payment.path("amount").asLong()).isEqualTo(paidFen);
    assertThat(status).isEqualTo("ANOMALY");
    assertThat(fixture.refresh("grace", id(order)).path("status").asText()).isEqualTo("ANOMALY");
    assertThat(transitions(id(order))).containsExactly("CREATED", "AWAITING_PAYMENT", "ANOMALY");
    assertThat(transitionReasons(id(order), "ANOMALY"))
        .containsExactly("payment mismatch in amountFen");
    assertThat(
            databases.column(
                "notify-service",
                "SELECT amount_fen FROM payment_notification WHERE out_trade_no = ?",
                outTradeNo(order)))
        .containsExactly(Long.toString(paidFen));
  }

  @Test
  @Order(7)
  void wrongAmountFoundByRefreshEndsAnomaly() {
    JsonNode order = fixture.createOrder("judy");
    long paidFen = order.path("amountFen").asLong() - 1;
    ObjectNode params = order.path("appParams").deepCopy();
    params.put("amount", paidFen);
    SimulatorControl.setOrderFaults(
        fixture.simulatorUrl(), outTradeNo(order), Map.of("dropRate", 1));
    awaitQueryServiceView(outTradeNo(order));
    SimulatorControl.pay(fixture.simulatorUrl(), params);

    JsonNode refreshed = fixture.refresh("judy", id(order));
    String status = fixture.awaitStatus("judy", id(order), "ANOMALY", STATUS_TIMEOUT);

    assertThat(refreshed.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(status).isEqualTo("ANOMALY");
    assertThat(transitions(id(order))).containsExactly("CREATED", "AWAITING_PAYMENT", "ANOMALY");
    assertThat(notificationRows(outTradeNo(order))).isZero();
  }

  @Test
  @Order(8)
  void otherUserCannotReadOrCancelOrder() {
    JsonNode order = fixture.createOrder("heidi");
    Map<String, String> mallory = fixture.auth("mallory");

    Http.Reply read = Http.get(fixture.orderUrl(id(order)), mallory);
    Http.Reply cancel = Http.post(fixture.orderUrl(id(order)) + "/cancel", Map.of(), mallory);
    Http.Reply missing = Http.get(fixture.orderUrl(UUID.randomUUID().toString()), mallory);
    Http.Reply list = Http.get(fixture.stack().url("order-service") + "/api/orders", mallory);

    Map<String, Http.Reply> replies = Map.of("read", read, "cancel", cancel, "missing", missing);
    replies.forEach(
        (call, reply) -> {
          assertThat(reply.status()).as(call).isEqualTo(404);
          assertThat(reply.headers().get("Content-Type"))
              .as(call)
              .containsExactly("application/problem+json");
          assertThat(reply.body()).as(call).isEqualTo(orderNotFound());
        });
    assertThat(list.body().path("totalOrders").asLong()).isZero();
    JsonNode asOwner = fixture.order("heidi", id(order));
    assertThat(asOwner.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(asOwner.path("appParams")).isEqualTo(order.path("appParams"));
    assertThat(
            databases.count(
                "order-service",
                "SELECT count(*) FROM customer_order WHERE id = ? AND cancel_requested_at IS NULL",
                UUID.fromString(id(order))))
        .isEqualTo(1);
  }

  @Test
  @Order(9)
  void kafkaOutageLosesNoPayment() {
    JsonNode order = fixture.createOrder("ivan");
    String outTradeNo = outTradeNo(order);
    fixture.stack().stopKafka();
    try {
      fixture.pay(order);
      JavaProcess.sleep(Duration.ofSeconds(3));

      assertThat(notificationRows(outTradeNo)).isEqualTo(1);
      assertThat(unsentNotifyOutboxEvents(outTradeNo)).isEqualTo(1);
      assertThat(fixture.order("ivan", id(order)).path("status").asText())
          .isEqualTo("AWAITING_PAYMENT");
    } finally {
      fixture.stack().restartKafka(message -> System.out.println("[stack] " + message));
    }

    assertThat(fixture.awaitStatus("ivan", id(order), "PAID", STATUS_TIMEOUT)).isEqualTo("PAID");
    assertThat(transitions(id(order))).containsExactly("CREATED", "AWAITING_PAYMENT", "PAID");
  }

  @Test
  @Order(10)
  void expiredOrderIsClosedAtWeChat() {
    String id = id(expiringOrder);
    Instant createdAt = Instant.parse(expiringOrder.path("createdAt").asText());
    Instant expiresAt = Instant.parse(expiringOrder.path("expiresAt").asText());
    Duration wait = Duration.between(Instant.now(), expiresAt).plus(STATUS_TIMEOUT);

    String status = fixture.awaitStatus("erin", id, "CLOSED", wait);
    String stateAtWeChat = simulatorState(expiringOrder);
    Http.Reply payAfterClose =
        Http.post(
            fixture.simulatorUrl() + "/simulator/pay", expiringOrder.path("appParams"), Map.of());

    assertThat(Duration.between(createdAt, expiresAt))
        .isBetween(Duration.ofSeconds(79), Duration.ofSeconds(80));
    assertThat(status).isEqualTo("CLOSED");
    assertThat(stateAtWeChat).isEqualTo("CLOSED");
    assertThat(payAfterClose.status()).isEqualTo(409);
    assertThat(payAfterClose.body())
        .isEqualTo(
            userActionError("ORDER_CLOSED", "Order " + outTradeNo(expiringOrder) + " is closed"));
    assertThat(simulatorState(expiringOrder)).isEqualTo("CLOSED");
    assertThat(fixture.refresh("erin", id).path("status").asText()).isEqualTo("CLOSED");
    assertThat(transitions(id)).containsExactly("CREATED", "AWAITING_PAYMENT", "CLOSED");
    assertThat(transitionReasons(id, "CLOSED")).containsExactly("closed at WeChat Pay: EXPIRED");
  }

  private long notificationRows(String outTradeNo) {
    return databases.count(
        "notify-service",
        "SELECT count(*) FROM payment_notification WHERE out_trade_no = ?",
        outTradeNo);
  }

  private long notifyOutboxEvents(String outTradeNo) {
    return databases.count(
        "notify-service",
        "SELECT count(*) FROM outbox_event WHERE event_key = ? AND type = 'PaymentSucceeded'",
        outTradeNo);
  }

  private long unsentNotifyOutboxEvents(String outTradeNo) {
    return databases.count(
        "notify-service",
        "SELECT count(*) FROM outbox_event WHERE event_key = ? AND sent_at IS NULL",
        outTradeNo);
  }

  /** Returns the statuses an order moved to, oldest first. */
  private List<String> transitions(String orderId) {
    return databases.column(
        "order-service",
        "SELECT to_status FROM order_transition WHERE order_id = ? ORDER BY id",
        UUID.fromString(orderId));
  }

  private List<String> transitionReasons(String orderId, String toStatus) {
    return databases.column(
        "order-service",
        "SELECT reason FROM order_transition WHERE order_id = ? AND to_status = ? ORDER BY id",
        UUID.fromString(orderId),
        toStatus);
  }

  /** Waits until query-service has the order in its view, so that a refresh queries WeChat Pay. */
  private void awaitQueryServiceView(String outTradeNo) {
    String url = fixture.stack().url("query-service") + "/payments/" + outTradeNo;
    Instant deadline = Instant.now().plusSeconds(30);
    while (Http.get(url, Map.of()).status() != 200) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("query-service has no order " + outTradeNo + " after 30 s");
      }
      JavaProcess.sleep(Duration.ofMillis(200));
    }
  }

  private String simulatorState(JsonNode order) {
    return SimulatorControl.order(fixture.simulatorUrl(), outTradeNo(order)).path("state").asText();
  }

  /** Returns the outcome of every notification copy the simulator sent for the order. */
  private List<String> attemptOutcomes(String outTradeNo) {
    List<String> outcomes = new ArrayList<>();
    for (JsonNode delivery : SimulatorControl.notifications(fixture.simulatorUrl(), outTradeNo)) {
      for (JsonNode attempt : delivery.path("attempts")) {
        outcomes.add(attempt.path("outcome").asText());
      }
    }
    return outcomes;
  }

  private List<String> awaitAttemptOutcomes(String outTradeNo, int count) {
    Instant deadline = Instant.now().plusSeconds(30);
    List<String> outcomes = attemptOutcomes(outTradeNo);
    while (outcomes.size() < count && Instant.now().isBefore(deadline)) {
      JavaProcess.sleep(Duration.ofMillis(300));
      outcomes = attemptOutcomes(outTradeNo);
    }
    return outcomes;
  }

  private static Map<String, String> appParams(JsonNode order) {
    Map<String, String> params = new LinkedHashMap<>();
    order
        .path("appParams")
        .fields()
        .forEachRemaining(f -> params.put(f.getKey(), f.getValue().asText()));
    return params;
  }

  /** Returns a copy of the parameters with the last character of {@code field} changed. */
  private static Map<String, String> tamper(Map<String, String> params, String field) {
    Map<String, String> copy = new LinkedHashMap<>(params);
    String value = copy.get(field);
    char last = value.charAt(value.length() - 1);
    copy.put(field, value.substring(0, value.length() - 1) + (last == '1' ? '2' : '1'));
    return copy;
  }

  private static JsonNode userActionError(String code, String message) {
    return Http.JSON
        .createObjectNode()
        .put("code", code)
        .put("message", message)
        .put("errCode", -1);
  }

  private static JsonNode orderNotFound() {
    return Http.JSON
        .createObjectNode()
        .put("type", "/problems/order-not-found")
        .put("title", "Order not found")
        .put("status", 404)
        .put("detail", "Order not found");
  }

  private static String id(JsonNode order) {
    return order.path("id").asText();
  }

  private static String outTradeNo(JsonNode order) {
    return order.path("outTradeNo").asText();
  }
}
