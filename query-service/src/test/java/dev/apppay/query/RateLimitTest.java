package dev.apppay.query;

import static dev.apppay.query.support.PaymentApi.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.query.support.Await;
import dev.apppay.query.support.EventPublisher;
import dev.apppay.query.support.PaymentApi;
import dev.apppay.query.support.Shop;
import dev.apppay.query.support.Simulator;
import dev.apppay.query.support.Simulator.Call;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The WeChat Pay rate limit: 5 calls per second with a burst of 1, while more orders are due than
 * that allows. Orders unknown to the simulator stay unpaid, so they are queried again and again.
 */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(
    value = SimulatorResource.class,
    initArgs = {
      @ResourceArg(name = "query.check.delays", value = "100ms"),
      @ResourceArg(name = "query.rate-limit.per-second", value = "5"),
      @ResourceArg(name = "query.rate-limit.burst", value = "1"),
      @ResourceArg(name = "query.refresh.max-wait", value = "0s")
    })
class RateLimitTest {

  private static final int PER_SECOND = 5;
  private static final int BURST = 1;
  private static final int DUE_ORDERS = 15;

  /** Allows one call that arrives a few milliseconds early or late at the proxy. */
  private static final int ARRIVAL_JITTER = 1;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = SimulatorResource.SIMULATOR_URL)
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.base-url")
  String proxyUrl;

  @Test
  void jobQueriesStayWithinRateLimit() {
    Instant start = Instant.now();
    List<String> orders = publishDueOrders();

    Await.sleep(Duration.ofSeconds(5));

    Instant end = Instant.now();
    List<Instant> queries = queryTimes(start, end);
    double seconds = Duration.between(start, end).toMillis() / 1000.0;
    assertThat(orders).hasSize(DUE_ORDERS);
    assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
    assertThat(queries)
        .hasSizeLessThanOrEqualTo((int) (BURST + PER_SECOND * seconds) + ARRIVAL_JITTER);
    assertThat(maxInAnySecond(queries)).isLessThanOrEqualTo(BURST + PER_SECOND + ARRIVAL_JITTER);
  }

  @Test
  void refreshBeyondLimitReturnsTooManyRequests() {
    List<String> orders = publishDueOrders();
    Await.sleep(Duration.ofSeconds(1));

    // The job keeps the bucket nearly empty, so one of a few refreshes in a row finds no token.
    Response rejected = null;
    for (int attempt = 0; attempt < 5 && rejected == null; attempt++) {
      Response response = PaymentApi.refresh(orders.get(attempt));
      if (response.statusCode() == 429) {
        rejected = response;
      }
    }

    assertThat(rejected).isNotNull();
    assertThat(rejected.contentType()).isEqualTo("application/problem+json");
    assertThat(rejected.header("Retry-After")).isEqualTo("1");
    JsonPath body = rejected.jsonPath();
    assertThat(body.getString("type")).isEqualTo("/problems/rate-limited");
    assertThat(body.getString("title")).isEqualTo("Rate limit reached");
    assertThat(body.getInt("status")).isEqualTo(429);
    assertThat(body.getString("detail")).isEqualTo("Too many WeChat Pay queries; retry after 1 s");
    assertThat(body.getString("code")).isEqualTo("RATE_LIMITED");
    assertThat(body.getBoolean("retryable")).isTrue();
  }

  private List<String> publishDueOrders() {
    List<String> orders = new ArrayList<>();
    try (EventPublisher events = new EventPublisher(bootstrapServers)) {
      for (int i = 0; i < DUE_ORDERS; i++) {
        String outTradeNo = Shop.newOutTradeNo("RL");
        events.publish(outTradeNo, Shop.orderCreated(100, Instant.now().plus(1, ChronoUnit.HOURS)));
        orders.add(outTradeNo);
      }
    }
    assertThat(awaitStatus(orders.get(DUE_ORDERS - 1), "AWAITING_PAYMENT"))
        .isEqualTo("AWAITING_PAYMENT");
    return orders;
  }

  /** Returns the arrival times of v3 order queries at the proxy between the two instants. */
  private List<Instant> queryTimes(Instant start, Instant end) {
    return new Simulator(simulatorUrl, proxyUrl)
        .calls().stream()
            .filter(call -> call.path().startsWith("/v3/pay/transactions/out-trade-no/"))
            .map(Call::at)
            .filter(at -> !at.isBefore(start) && !at.isAfter(end))
            .sorted()
            .toList();
  }

  /** Returns the largest number of calls that fall into one window of one second. */
  private static int maxInAnySecond(List<Instant> times) {
    int max = 0;
    for (int first = 0; first < times.size(); first++) {
      Instant windowEnd = times.get(first).plusSeconds(1);
      int count = 0;
      for (int i = first; i < times.size() && times.get(i).isBefore(windowEnd); i++) {
        count++;
      }
      max = Math.max(max, count);
    }
    return max;
  }
}
