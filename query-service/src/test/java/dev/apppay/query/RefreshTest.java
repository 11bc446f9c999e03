package dev.apppay.query;

import static dev.apppay.query.support.PaymentApi.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.EventType;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.query.support.EventPublisher;
import dev.apppay.query.support.PaymentApi;
import dev.apppay.query.support.PublishedEvents;
import dev.apppay.query.support.Shop;
import dev.apppay.query.support.Simulator;
import dev.apppay.query.support.SimulatorResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.client.WeChatPayClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /payments/{outTradeNo}?refresh=true} over API v3, with hourly background queries. */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(
    value = SimulatorResource.class,
    initArgs = @ResourceArg(name = "query.check.delays", value = "1h"))
class RefreshTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = SimulatorResource.SIMULATOR_URL)
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.base-url")
  String proxyUrl;

  @Inject WeChatPayClient client;

  private EventPublisher events;
  private Simulator simulator;
  private Shop shop;

  @BeforeEach
  void setUp() {
    events = new EventPublisher(bootstrapServers);
    simulator = new Simulator(simulatorUrl, proxyUrl);
    shop = new Shop(client, simulator);
  }

  @AfterEach
  void tearDown() {
    events.close();
  }

  @Test
  void refreshFindsLostPayment() {
    String outTradeNo = awaitingOrder(3100);
    String prepayId = shop.createPrepay(outTradeNo, 3100);
    String transactionId = shop.pay(prepayId).get("transactionId").asText();

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath body = response.jsonPath();
    assertThat(body.getString("status")).isEqualTo("PAID");
    assertThat(body.getString("transactionId")).isEqualTo(transactionId);
    assertThat(body.getLong("amountFen")).isEqualTo(3100);
    assertThat(body.getString("paidAt")).isNotNull();
    assertThat(body.getString("lastCheckedAt")).isNotNull();
    List<EventEnvelope> published =
        PublishedEvents.await(
            bootstrapServers, outTradeNo, EventType.PaymentSucceeded, 1, Duration.ofSeconds(20));
    assertThat(published).hasSize(1);
    PaymentSucceeded event = (PaymentSucceeded) published.get(0).payload();
    assertThat(event.source()).isEqualTo(PaymentSucceeded.Source.QUERY);
    assertThat(event.transactionId()).isEqualTo(transactionId);
  }

  @Test
  void refreshReportsPaidAmountOfWrongPayment() {
    String outTradeNo = awaitingOrder(3100);
    shop.createPrepay(outTradeNo, 3100);
    simulator.payAmount(outTradeNo, 3099);

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("PAID");
    assertThat(response.jsonPath().getLong("amountFen")).isEqualTo(3099);
    assertThat(PaymentApi.get(outTradeNo).jsonPath().getLong("amountFen")).isEqualTo(3099);
  }

  @Test
  void refreshOfUnpaidOrderStaysAwaiting() {
    String outTradeNo = awaitingOrder(3100);
    shop.createPrepay(outTradeNo, 3100);

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(response.jsonPath().getString("lastCheckedAt")).isNotNull();
    assertThat(simulator.queriesOf(outTradeNo)).isEqualTo(1);
  }

  @Test
  void metricsCountQueryOutcomes() {
    String outTradeNo = awaitingOrder(3100);
    shop.createPrepay(outTradeNo, 3100);
    PaymentApi.refresh(outTradeNo);

    String metrics = given().get("/q/metrics").asString();

    assertThat(metrics.lines())
        .anyMatch(
            line ->
                line.startsWith("apppay_query_wechatpay_calls_total{")
                    && line.contains("operation=\"query\"")
                    && line.contains("outcome=\"NOTPAY\""));
  }

  @Test
  void refreshOfPaidOrderSendsNoQuery() {
    String outTradeNo = Shop.newOutTradeNo("RF");
    events.publish(outTradeNo, Shop.orderCreated(500, inOneHour()));
    events.publish(
        outTradeNo,
        new PaymentSucceeded(
            "4200000009",
            500,
            "CNY",
            "wxapp",
            "1900000109",
            Instant.now(),
            PaymentSucceeded.Source.NOTIFY));
    assertThat(awaitStatus(outTradeNo, "PAID")).isEqualTo("PAID");

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("PAID");
    assertThat(simulator.queriesOf(outTradeNo)).isZero();
  }

  @Test
  void refreshOfUnknownOrderReturnsNotFound() {
    String outTradeNo = Shop.newOutTradeNo("RF");

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/payment-not-found");
    assertThat(simulator.queriesOf(outTradeNo)).isZero();
  }

  @Test
  void refreshFailureReturnsBadGateway() {
    String outTradeNo = awaitingOrder(3100);
    shop.createPrepay(outTradeNo, 3100);
    simulator.failCalls(outTradeNo, "QUERY", 0);

    Response response = PaymentApi.refresh(outTradeNo);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    JsonPath body = response.jsonPath();
    assertThat(body.getString("type")).isEqualTo("/problems/wechatpay-error");
    assertThat(body.getString("title")).isEqualTo("WeChat Pay call failed");
    assertThat(body.getInt("status")).isEqualTo(502);
    assertThat(body.getString("detail"))
        .isEqualTo("The order query at WeChat Pay failed with SYSTEM_ERROR");
    assertThat(body.getString("code")).isEqualTo("SYSTEM_ERROR");
    assertThat(body.getBoolean("retryable")).isTrue();
    assertThat(PaymentApi.status(outTradeNo)).isEqualTo("AWAITING_PAYMENT");
  }

  /** Publishes a new order that expires in an hour and waits until the view shows it. */
  private String awaitingOrder(long amountFen) {
    String outTradeNo = Shop.newOutTradeNo("RF");
    events.publish(outTradeNo, Shop.orderCreated(amountFen, inOneHour()));
    assertThat(awaitStatus(outTradeNo, "AWAITING_PAYMENT")).isEqualTo("AWAITING_PAYMENT");
    return outTradeNo;
  }

  private static Instant inOneHour() {
    return Instant.now().plus(1, ChronoUnit.HOURS);
  }
}
