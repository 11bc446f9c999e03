package dev.apppay.query;

import static dev.apppay.query.support.PaymentApi.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.OrderCancelled;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.PrepayCreated;
import dev.apppay.events.Topics;
import dev.apppay.query.support.Await;
import dev.apppay.query.support.EventPublisher;
import dev.apppay.query.support.PaymentApi;
import dev.apppay.query.support.ProcessedEvents;
import dev.apppay.query.support.Shop;
import dev.apppay.query.support.SimulatorResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(SimulatorResource.class)
class PaymentViewTest {

  private static final Instant IN_ONE_HOUR = Instant.now().plus(1, ChronoUnit.HOURS);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private EventPublisher events;

  @BeforeEach
  void openPublisher() {
    events = new EventPublisher(bootstrapServers);
  }

  @AfterEach
  void closePublisher() {
    events.close();
  }

  @Test
  void orderCreatedShowsAwaitingPayment() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    events.publish(outTradeNo, Shop.orderCreated(3998, IN_ONE_HOUR));

    assertThat(awaitStatus(outTradeNo, "AWAITING_PAYMENT")).isEqualTo("AWAITING_PAYMENT");
    JsonPath body = PaymentApi.get(outTradeNo).jsonPath();
    assertThat(body.getString("outTradeNo")).isEqualTo(outTradeNo);
    assertThat(body.getLong("amountFen")).isEqualTo(3998);
    assertThat(body.getString("transactionId")).isNull();
    assertThat(body.getString("paidAt")).isNull();
  }

  @Test
  void paymentBeforeOrderEndsPaid() {
    String outTradeNo = Shop.newOutTradeNo("VW");
    Instant paidAt = Instant.parse("2026-12-04T13:00:00Z");

    EventEnvelope paid = events.publish(outTradeNo, succeeded("4200000001", 1500, paidAt));
    events.publish(outTradeNo, Shop.orderCreated(1500, IN_ONE_HOUR));
    EventEnvelope cancel = events.publish(outTradeNo, new OrderCancelled("order-x", "late"));

    assertThat(ProcessedEvents.awaitProcessed(paid.id())).isTrue();
    assertThat(ProcessedEvents.awaitProcessed(cancel.id())).isTrue();
    JsonPath body = PaymentApi.get(outTradeNo).jsonPath();
    assertThat(body.getString("status")).isEqualTo("PAID");
    assertThat(body.getString("transactionId")).isEqualTo("4200000001");
    assertThat(body.getString("paidAt")).isEqualTo("2026-12-04T13:00:00Z");
    assertThat(body.getLong("amountFen")).isEqualTo(1500);
  }

  @Test
  void wrongPaymentReportsPaidAmount() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    EventEnvelope paid = events.publish(outTradeNo, succeeded("4200000003", 799, Instant.now()));
    EventEnvelope created = events.publish(outTradeNo, Shop.orderCreated(800, IN_ONE_HOUR));

    assertThat(ProcessedEvents.awaitProcessed(paid.id())).isTrue();
    assertThat(ProcessedEvents.awaitProcessed(created.id())).isTrue();
    JsonPath body = PaymentApi.get(outTradeNo).jsonPath();
    assertThat(body.getString("status")).isEqualTo("PAID");
    assertThat(body.getLong("amountFen")).isEqualTo(799);
  }

  @Test
  void closeAfterPaymentStaysPaid() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    events.publish(outTradeNo, Shop.orderCreated(800, IN_ONE_HOUR));
    events.publish(outTradeNo, succeeded("4200000002", 800, Instant.now()));
    events.publish(outTradeNo, new PaymentClosed(Instant.now(), "EXPIRED"));
    EventEnvelope last = events.publish(outTradeNo, new PaymentFailed("PAYERROR", "bank declined"));

    assertThat(ProcessedEvents.awaitProcessed(last.id())).isTrue();
    assertThat(PaymentApi.status(outTradeNo)).isEqualTo("PAID");
  }

  @Test
  void paymentFailedEndsFailed() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    events.publish(outTradeNo, Shop.orderCreated(800, IN_ONE_HOUR));
    events.publish(outTradeNo, new PaymentFailed("PAYERROR", "bank declined"));

    assertThat(awaitStatus(outTradeNo, "FAILED")).isEqualTo("FAILED");
  }

  @Test
  void prepayBeforeOrderKeepsOrderAmount() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    events.publish(
        outTradeNo, new PrepayCreated("wx1", "V3", "wxapp", "1900000109", 700, IN_ONE_HOUR));
    assertThat(awaitStatus(outTradeNo, "AWAITING_PAYMENT")).isEqualTo("AWAITING_PAYMENT");
    events.publish(outTradeNo, Shop.orderCreated(900, IN_ONE_HOUR));

    long amount =
        Await.until(
            () -> PaymentApi.get(outTradeNo).jsonPath().getLong("amountFen"),
            value -> value == 900,
            Duration.ofSeconds(20));
    assertThat(amount).isEqualTo(900);
  }

  @Test
  void redeliveredEventChangesNothing() {
    String outTradeNo = Shop.newOutTradeNo("VW");
    EventEnvelope first = events.publish(outTradeNo, Shop.orderCreated(100, IN_ONE_HOUR));
    EventEnvelope second = events.publish(outTradeNo, Shop.orderCreated(200, IN_ONE_HOUR));
    assertThat(ProcessedEvents.awaitProcessed(second.id())).isTrue();

    events.send(first);
    EventEnvelope after = events.publish(outTradeNo, new OrderCancelled("order-y", "test"));

    // Both follow the copy on the same partition, so the copy was handled before them.
    assertThat(ProcessedEvents.awaitProcessed(after.id())).isTrue();
    assertThat(PaymentApi.get(outTradeNo).jsonPath().getLong("amountFen")).isEqualTo(200);
  }

  @Test
  void unreadableRecordIsSkipped() {
    String outTradeNo = Shop.newOutTradeNo("VW");

    events.sendRaw(Topics.ORDER_EVENTS, outTradeNo, "{not json");
    events.sendRaw(Topics.ORDER_EVENTS, outTradeNo, "{\"type\":\"NoSuchEvent\"}");
    events.publish("short", Shop.orderCreated(500, IN_ONE_HOUR));
    events.publish(outTradeNo, Shop.orderCreated(500, IN_ONE_HOUR));

    assertThat(awaitStatus(outTradeNo, "AWAITING_PAYMENT")).isEqualTo("AWAITING_PAYMENT");
    assertThat(PaymentApi.status("short")).isEqualTo("HTTP 400");
  }

  @Test
  void unknownOrderReturnsNotFound() {
    Response response = PaymentApi.get("UNKNOWN000001");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/payment-not-found");
    assertThat(response.jsonPath().getString("title")).isEqualTo("Payment not found");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(404);
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("No payment is known for order UNKNOWN000001");
  }

  @Test
  void invalidOutTradeNoReturnsBadRequest() {
    Response response = PaymentApi.get("bad#id!");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/invalid-request");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Invalid outTradeNo: use 6 to 32 characters of 0-9, a-z, A-Z, _, -, | and *");
  }

  @Test
  void invalidRefreshValueReturnsBadRequest() {
    Response response =
        given().queryParam("refresh", "yes").get("/payments/{outTradeNo}", "UNKNOWN000001");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Invalid refresh value: use true or false");
  }

  @Test
  void readinessReportsUp() {
    Response response = given().get("/q/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
  }

  private static PaymentSucceeded succeeded(String transactionId, long amountFen, Instant paidAt) {
    return new PaymentSucceeded(
        transactionId,
        amountFen,
        "CNY",
        "wxapp",
        "1900000109",
        paidAt,
        PaymentSucceeded.Source.NOTIFY);
  }

  private static void awaitAmount(String outTradeNo, long expected) {
    Await.until(
        () -> PaymentApi.get(outTradeNo).jsonPath().get("amountFen"),
        value -> value != null && ((Number) value).longValue() == expected,
        Duration.ofSeconds(20));
  }
}
