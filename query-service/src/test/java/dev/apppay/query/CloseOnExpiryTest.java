package dev.apppay.query;

import static dev.apppay.query.support.PaymentApi.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.EventType;
import dev.apppay.events.OrderCancelled;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.query.service.ActiveQueryJob;
import dev.apppay.query.support.EventPublisher;
import dev.apppay.query.support.PublishedEvents;
import dev.apppay.query.support.Shop;
import dev.apppay.query.support.Simulator;
import dev.apppay.query.support.SimulatorResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.client.WeChatPayClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing expired and cancelled orders at the simulator over API v2. Queries run hourly, so every
 * call in these tests comes from a close.
 */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(
    value = SimulatorResource.class,
    initArgs = {
      @ResourceArg(name = SimulatorResource.API_VERSION_ARG, value = "V2"),
      @ResourceArg(name = "query.check.delays", value = "1h")
    })
class CloseOnExpiryTest {

  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = SimulatorResource.SIMULATOR_URL)
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.base-url")
  String proxyUrl;

  @Inject WeChatPayClient client;

  @Inject ActiveQueryJob job;

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
  void expiredOrderIsClosed() {
    String outTradeNo = Shop.newOutTradeNo("CE");
    shop.createPrepay(outTradeNo, 600);

    events.publish(outTradeNo, Shop.orderCreated(600, secondAgo()));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    assertThat(simulator.order(outTradeNo).get("state").asText()).isEqualTo("CLOSED");
    List<EventEnvelope> closed = awaitPublished(outTradeNo, EventType.PaymentClosed);
    assertThat(closed).hasSize(1);
    assertThat(((PaymentClosed) closed.get(0).payload()).reason()).isEqualTo("EXPIRED");
  }

  @Test
  void cancelledOrderIsClosed() {
    String outTradeNo = Shop.newOutTradeNo("CE");
    shop.createPrepay(outTradeNo, 600);
    events.publish(outTradeNo, Shop.orderCreated(600, Instant.now().plus(1, ChronoUnit.HOURS)));

    events.publish(outTradeNo, new OrderCancelled("order-c", "user cancelled"));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    assertThat(simulator.order(outTradeNo).get("state").asText()).isEqualTo("CLOSED");
    List<EventEnvelope> closed = awaitPublished(outTradeNo, EventType.PaymentClosed);
    assertThat(closed).hasSize(1);
    assertThat(((PaymentClosed) closed.get(0).payload()).reason()).isEqualTo("CANCELLED");
  }

  @Test
  void closeAnsweredPaidPublishesSucceeded() {
    String outTradeNo = Shop.newOutTradeNo("CE");
    String prepayId = shop.createPrepay(outTradeNo, 700);
    String transactionId = shop.pay(prepayId).get("transactionId").asText();

    events.publish(outTradeNo, Shop.orderCreated(700, secondAgo()));

    assertThat(awaitStatus(outTradeNo, "PAID")).isEqualTo("PAID");
    assertThat(simulator.closesOf(outTradeNo)).isEqualTo(1);
    List<EventEnvelope> paid = awaitPublished(outTradeNo, EventType.PaymentSucceeded);
    assertThat(paid).hasSize(1);
    PaymentSucceeded event = (PaymentSucceeded) paid.get(0).payload();
    assertThat(event.source()).isEqualTo(PaymentSucceeded.Source.QUERY);
    assertThat(event.transactionId()).isEqualTo(transactionId);
    assertThat(event.amountFen()).isEqualTo(700);
    assertThat(
            PublishedEvents.await(
                bootstrapServers, outTradeNo, EventType.PaymentClosed, 0, Duration.ZERO))
        .isEmpty();
  }

  @Test
  void alreadyClosedOrderCountsAsClosed() {
    String outTradeNo = Shop.newOutTradeNo("CE");
    shop.createPrepay(outTradeNo, 600);
    client.closeOrder(outTradeNo).await().atMost(Duration.ofSeconds(10));

    events.publish(outTradeNo, Shop.orderCreated(600, secondAgo()));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    List<EventEnvelope> closed = awaitPublished(outTradeNo, EventType.PaymentClosed);
    assertThat(closed).hasSize(1);
    assertThat(((PaymentClosed) closed.get(0).payload()).reason()).isEqualTo("EXPIRED");
  }

  @Test
  void closeSystemErrorIsRetried() {
    String outTradeNo = Shop.newOutTradeNo("CE");
    shop.createPrepay(outTradeNo, 600);
    simulator.failCalls(outTradeNo, "CLOSE", 1);

    events.publish(outTradeNo, Shop.orderCreated(600, secondAgo()));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    assertThat(simulator.closesOf(outTradeNo)).isEqualTo(2);
    assertThat(awaitPublished(outTradeNo, EventType.PaymentClosed)).hasSize(1);
  }

  @Test
  void orderUnknownAtWeChatPayIsClosed() {
    String outTradeNo = Shop.newOutTradeNo("CE");

    events.publish(outTradeNo, Shop.orderCreated(600, secondAgo()));

    assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    assertThat(awaitPublished(outTradeNo, EventType.PaymentClosed)).hasSize(1);
  }

  @Test
  void concurrentJobRunsCloseOnce() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(replicas.submit(() -> runJobWhile(running)));
    }
    List<String> orders = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      String outTradeNo = Shop.newOutTradeNo("CC");
      events.publish(outTradeNo, Shop.orderCreated(600, secondAgo()));
      orders.add(outTradeNo);
    }
    for (String outTradeNo : orders) {
      assertThat(awaitStatus(outTradeNo, "CLOSED")).isEqualTo("CLOSED");
    }
    running.set(false);
    int extraRuns = 0;
    for (Future<Integer> run : runs) {
      extraRuns += run.get(30, TimeUnit.SECONDS);
    }
    replicas.shutdown();

    // The two loops stand in for two more replicas beside the scheduled job.
    assertThat(extraRuns).isPositive();
    for (String outTradeNo : orders) {
      assertThat(simulator.closesOf(outTradeNo)).as(outTradeNo).isEqualTo(1);
    }
  }

  /** Runs the job back to back while {@code running} is true, and returns the number of runs. */
  private int runJobWhile(AtomicBoolean running) {
    int count = 0;
    while (running.get()) {
      try {
        VertxContextSupport.subscribeAndAwait(() -> job.runOnce());
      } catch (Throwable e) {
        throw new IllegalStateException("Job run failed", e);
      }
      count++;
    }
    return count;
  }

  private List<EventEnvelope> awaitPublished(String outTradeNo, EventType type) {
    return PublishedEvents.await(bootstrapServers, outTradeNo, type, 1, EVENT_TIMEOUT);
  }

  private static Instant secondAgo() {
    return Instant.now().minusSeconds(1);
  }
}
