package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentV3IT {

  private static final Duration PAID_TIMEOUT = Duration.ofSeconds(90);
  private static StackFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = StackFixture.start("V3", 10000);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(1)
  void v3PaymentReachesPaid() {
    JsonNode order = fixture.createOrder("alice");

    fixture.pay(order);

    assertThat(fixture.awaitStatus("alice", id(order), "PAID", PAID_TIMEOUT)).isEqualTo("PAID");
  }

  @Test
  @Order(2)
  void hundredConcurrentOrdersReachPaidDespiteDrops() throws Exception {
    SimulatorControl.setGlobalFaults(
        fixture.stack().url("wechatpay-simulator"), Map.of("dropRate", 0.3));
    List<Placed> orders = createAndPayConcurrently(100, 16);
    SimulatorControl.clearGlobalFaults(fixture.stack().url("wechatpay-simulator"));

    List<String> notPaid = new ArrayList<>();
    for (Placed placed : orders) {
      String orderId = id(placed.order());
      String status = fixture.awaitStatus(placed.user(), orderId, "PAID", PAID_TIMEOUT);
      if (!"PAID".equals(status)) {
        notPaid.add(orderId + "=" + status);
      }
    }

    assertThat(orders).hasSize(100);
    assertThat(notPaid).isEmpty();
  }

  @Test
  @Order(3)
  void killedOrderServiceLosesNoPayment() {
    List<JsonNode> orders = List.of(fixture.createOrder("carol"), fixture.createOrder("carol"));
    fixture.stack().process("order-service").kill();

    orders.forEach(fixture::pay);
    fixture.stack().startService("order-service").awaitReady();

    for (JsonNode order : orders) {
      assertThat(fixture.awaitStatus("carol", id(order), "PAID", PAID_TIMEOUT)).isEqualTo("PAID");
    }
  }

  @Test
  @Order(4)
  void killedNotifyServiceLosesNoPayment() {
    JsonNode order = fixture.createOrder("dave");
    fixture.stack().process("notify-service").kill();

    fixture.pay(order);
    JavaProcess.sleep(Duration.ofSeconds(3));
    fixture.stack().startService("notify-service").awaitReady();

    assertThat(fixture.awaitStatus("dave", id(order), "PAID", PAID_TIMEOUT)).isEqualTo("PAID");
  }

  @Test
  @Order(5)
  void servicesListenOnLoopbackOnly() throws Exception {
    for (String service : Stack.SERVICES) {
      String log = Files.readString(fixture.stack().process(service).log());

      assertThat(log).contains("Listening on: " + fixture.stack().url(service));
      assertThat(log).doesNotContain("Listening on: http://0.0.0.0");
    }
  }

  private List<Placed> createAndPayConcurrently(int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Placed>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String user = "buyer-" + (i % 10);
        futures.add(
            pool.submit(
                () -> {
                  JsonNode order = fixture.createOrder(user);
                  fixture.pay(order);
                  return new Placed(user, order);
                }));
      }
      List<Placed> orders = new ArrayList<>();
      for (Future<Placed> future : futures) {
        orders.add(future.get());
      }
      return orders;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String id(JsonNode order) {
    return order.path("id").asText();
  }

  /** An order and the user who placed it. */
  private record Placed(String user, JsonNode order) {}
}
