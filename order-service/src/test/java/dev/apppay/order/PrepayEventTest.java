package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.PrepayCreated;
import dev.apppay.order.support.Await;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeerServices;
import dev.apppay.order.support.PeerServices.PrepayMode;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders whose prepay exists at prepay-service although its reply to this service was lost. */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class PrepayEventTest extends ServiceTest {

  private OrderApi api;
  private String key;
  private String orderId;
  private String outTradeNo;

  @BeforeEach
  void createOrderWithoutPrepay() {
    api = OrderApi.newUser();
    key = OrderApi.newKey();
    peers().prepayMode(PrepayMode.STALL);
    JsonPath failed = api.create(key, OrderApi.COFFEE_X2).jsonPath();
    orderId = failed.getString("orderId");
    outTradeNo = failed.getString("outTradeNo");
    peers().prepayMode(PrepayMode.SUCCEED);
  }

  @Test
  void prepayCreatedAwaitsPayment() {
    events.publish(outTradeNo, prepayCreated());

    assertThat(api.awaitStatus(orderId, "AWAITING_PAYMENT")).isEqualTo("AWAITING_PAYMENT");
    assertThat(database.transitions(orderId))
        .containsExactly("->CREATED", "CREATED->AWAITING_PAYMENT");
  }

  @Test
  void retryAfterPrepayEventGetsAppParams() {
    EventEnvelope created = events.publish(outTradeNo, prepayCreated());
    Await.until(() -> database.isProcessed(created.id()), done -> done);

    Response retry = api.create(key, OrderApi.COFFEE_X2);

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.jsonPath().getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(retry.jsonPath().getString("appParams.prepayid")).startsWith("wx");
    assertThat(database.transitions(orderId))
        .containsExactly("->CREATED", "CREATED->AWAITING_PAYMENT");
  }

  @Test
  void paymentOfCreatedOrderCounts() {
    events.publish(
        outTradeNo,
        new PaymentSucceeded(
            "4200000201",
            3998,
            "CNY",
            PeerServices.APP_ID,
            PeerServices.MCH_ID,
            Instant.now(),
            PaymentSucceeded.Source.QUERY));

    assertThat(api.awaitStatus(orderId, "PAID")).isEqualTo("PAID");
    assertThat(database.transitions(orderId)).containsExactly("->CREATED", "CREATED->PAID");
  }

  private static PrepayCreated prepayCreated() {
    return new PrepayCreated(
        "wx-lost-reply",
        "V3",
        PeerServices.APP_ID,
        PeerServices.MCH_ID,
        3998,
        Instant.now().plusSeconds(7200));
  }
}
