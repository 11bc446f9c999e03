package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.OrderCancelled;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.Topics;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeerServices;
import dev.apppay.order.support.PeerServices.PrepayMode;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderCancelTest extends ServiceTest {

  @Test
  void cancelAwaitsCloseAtWeChatPay() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();

    Response response = api.cancel(orderId);

    assertThat(response.statusCode()).isEqualTo(202);
    JsonPath order = response.jsonPath();
    assertThat(order.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getString("cancelRequestedAt")).isNotNull();
    assertThat(order.getMap("appParams")).isNull();
  }

  @Test
  void cancelPublishesOrderCancelled() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();
    String outTradeNo = api.cancel(orderId).jsonPath().getString("outTradeNo");

    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.ORDER_EVENTS)) {
      var records =
          consumer.awaitRecords(
              outTradeNo, 1, value -> value.contains("OrderCancelled"), Duration.ofSeconds(30));

      assertThat(records).hasSize(1);
      EventEnvelope envelope = EventCodec.decode(records.get(0).value());
      assertThat(((OrderCancelled) envelope.payload()).orderId()).isEqualTo(orderId);
    }
  }

  @Test
  void paymentClosedCompletesCancel() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();
    String outTradeNo = api.cancel(orderId).jsonPath().getString("outTradeNo");

    events.publish(outTradeNo, new PaymentClosed(Instant.now(), "cancelled"));

    assertThat(api.awaitStatus(orderId, "CLOSED")).isEqualTo("CLOSED");
    assertThat(api.get(orderId).jsonPath().getString("closedAt")).isNotNull();
  }

  @Test
  void paymentBeforeCloseStillCounts() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();
    String outTradeNo = api.cancel(orderId).jsonPath().getString("outTradeNo");

    events.publish(
        outTradeNo,
        new PaymentSucceeded(
            "4200000101",
            3998,
            "CNY",
            PeerServices.APP_ID,
            PeerServices.MCH_ID,
            Instant.now(),
            PaymentSucceeded.Source.QUERY));

    assertThat(api.awaitStatus(orderId, "PAID")).isEqualTo("PAID");
  }

  @Test
  void repeatedCancelChangesNothing() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();
    Response first = api.cancel(orderId);

    Response second = api.cancel(orderId);

    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(second.body().asString()).isEqualTo(first.body().asString());
    String outTradeNo = first.jsonPath().getString("outTradeNo");
    assertThat(
            database.outboxPayloads(outTradeNo).stream().filter(p -> p.contains("OrderCancelled")))
        .hasSize(1);
  }

  @Test
  void cancelWithoutPrepayClosesAtOnce() {
    OrderApi api = OrderApi.newUser();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);
    String orderId =
        api.create(OrderApi.newKey(), OrderApi.COFFEE_X2).jsonPath().getString("orderId");

    Response response = api.cancel(orderId);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("CLOSED");
    assertThat(database.transitions(orderId)).containsExactly("->CREATED", "CREATED->CLOSED");
  }

  @Test
  void retryAfterCancelDoesNotPrepay() {
    OrderApi api = OrderApi.newUser();
    String key = OrderApi.newKey();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);
    JsonPath failed = api.create(key, OrderApi.COFFEE_X2).jsonPath();
    api.cancel(failed.getString("orderId"));
    peers().prepayMode(PrepayMode.SUCCEED);

    Response retry = api.create(key, OrderApi.COFFEE_X2);

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.jsonPath().getString("status")).isEqualTo("CLOSED");
    assertThat(peers().prepayRequests(failed.getString("outTradeNo"))).hasSize(1);
  }

  @Test
  void paidOrderCannotBeCancelled() {
    OrderApi api = OrderApi.newUser();
    String orderId = api.createAwaitingPayment();
    String outTradeNo = api.get(orderId).jsonPath().getString("outTradeNo");
    events.publish(
        outTradeNo,
        new PaymentSucceeded(
            "4200000102",
            3998,
            "CNY",
            PeerServices.APP_ID,
            PeerServices.MCH_ID,
            Instant.now(),
            PaymentSucceeded.Source.NOTIFY));
    api.awaitStatus(orderId, "PAID");

    Response response = api.cancel(orderId);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/order-not-cancellable");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo(
            "Order is PAID and cannot be cancelled; only CREATED and AWAITING_PAYMENT orders can");
  }
}
