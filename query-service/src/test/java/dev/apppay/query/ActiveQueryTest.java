package dev.apppay.query;

import static dev.apppay.query.support.PaymentApi.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.EventType;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.query.support.Await;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backoff queries of unpaid orders against the simulator over API v3. */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(SimulatorResource.class)
class ActiveQueryTest {

  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

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
  void lostNotificationPublishesOneSucceeded() {
    String outTradeNo = Shop.newOutTradeNo("AQ");
    String prepayId = shop.createPrepay(outTradeNo, 2500);
    events.publish(outTradeNo, Shop.orderCreated(2500, inOneHour()));

    JsonNode payment = shop.pay(prepayId);

    assertThat(awaitStatus(outTradeNo, "PAID")).isEqualTo("PAID");
    List<EventEnvelope> published = awaitPublished(outTradeNo, EventType.PaymentSucceeded);
    assertThat(published).hasSize(1);
    PaymentSucceeded event = (PaymentSucceeded) published.get(0).payload();
    JsonNode order = simulator.order(outTradeNo);
    assertThat(event.source()).isEqualTo(PaymentSucceeded.Source.QUERY);
    assertThat(event.transactionId()).isEqualTo(payment.get("transactionId").asText());
    assertThat(event.amountFen()).isEqualTo(2500);
    assertThat(event.currency()).isEqualTo("CNY");
    assertThat(event.appId()).isEqualTo(order.get("appId").asText());
    assertThat(event.mchId()).isEqualTo(order.get("mchId").asText());
    Instant successTime = Instant.parse(order.get("successTime").asText());
    assertThat(event.paidAt()).isEqualTo(successTime.truncatedTo(ChronoUnit.SECONDS));
    JsonPath view = PaymentApi.get(outTradeNo).jsonPath();
    assertThat(view.getString("transactionId")).isEqualTo(event.transactionId());
    assertThat(view.getString("lastCheckedAt")).isNotNull();
  }

  @Test
  void payErrorPublishesFailed() {
    String outTradeNo = Shop.newOutTradeNo("AQ");
    String prepayId = shop.createPrepay(outTradeNo, 900);
    events.publish(outTradeNo, Shop.orderCreated(900, inOneHour()));

    shop.fail(prepayId);

    assertThat(awaitStatus(outTradeNo, "FAILED")).isEqualTo("FAILED");
    List<EventEnvelope> published = awaitPublished(outTradeNo, EventType.PaymentFailed);
    assertThat(published).hasSize(1);
    assertThat(((PaymentFailed) published.get(0).payload()).tradeState()).isEqualTo("PAYERROR");
  }

  @Test
  void closedAtWeChatPayPublishesClosed() {
    String outTradeNo = Shop.newOutTradeNo("AQ");
    shop.createPrepay(outTradeNo, 900);
    events.publish(outTradeNo, Shop.orderCreated(900, inOneHour()));

    client.closeOrder(outTradeNo).await().atMost(Duration.ofSeconds(10));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    List<EventEnvelope> published = awaitPublished(outTradeNo, EventType.PaymentClosed);
    assertThat(published).hasSize(1);
    assertThat(((PaymentClosed) published.get(0).payload()).reason())
        .isEqualTo("CLOSED_AT_WECHAT_PAY");
  }

  @Test
  void unpaidOrderStaysAwaiting() {
    String outTradeNo = Shop.newOutTradeNo("AQ");
    shop.createPrepay(outTradeNo, 900);
    events.publish(outTradeNo, Shop.orderCreated(900, inOneHour()));

    String lastChecked =
        Await.until(
            () -> PaymentApi.get(outTradeNo).jsonPath().getString("lastCheckedAt"),
            value -> value != null,
            EVENT_TIMEOUT);

    assertThat(lastChecked).isNotNull();
    assertThat(PaymentApi.status(outTradeNo)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void queryErrorIsRetriedLater() {
    String outTradeNo = Shop.newOutTradeNo("AQ");
    String prepayId = shop.createPrepay(outTradeNo, 1200);
    simulator.failCalls(outTradeNo, "QUERY", 2);
    shop.pay(prepayId);

    events.publish(outTradeNo, Shop.orderCreated(1200, inOneHour()));

    assertThat(awaitStatus(outTradeNo, "PAID")).isEqualTo("PAID");
    assertThat(simulator.queriesOf(outTradeNo)).isGreaterThanOrEqualTo(3);
  }

  private List<EventEnvelope> awaitPublished(String outTradeNo, EventType type) {
    return PublishedEvents.await(bootstrapServers, outTradeNo, type, 1, EVENT_TIMEOUT);
  }

  private static Instant inOneHour() {
    return Instant.now().plus(1, ChronoUnit.HOURS);
  }
}
