package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeerServices.PrepayMode;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class PrepayFailureTest extends ServiceTest {

  @Test
  void wechatPayFailureIsRetryable() {
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);

    Response response = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    JsonPath problem = response.jsonPath();
    assertThat(problem.getString("type")).isEqualTo("/problems/prepay-failed");
    assertThat(problem.getString("code")).isEqualTo("SYSTEMERROR");
    assertThat(problem.getBoolean("retryable")).isTrue();
    assertThat(problem.getString("detail"))
        .isEqualTo("WeChat Pay failed to create the prepay: SYSTEMERROR");
    assertThat(problem.getString("outTradeNo")).matches("AP[0-9]{22}");
  }

  @Test
  void failedPrepayLeavesOrderCreated() {
    OrderApi api = OrderApi.newUser();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);

    String orderId =
        api.create(OrderApi.newKey(), OrderApi.COFFEE_X2).jsonPath().getString("orderId");

    JsonPath order = api.get(orderId).jsonPath();
    assertThat(order.getString("status")).isEqualTo("CREATED");
    assertThat(order.getMap("appParams")).isNull();
    assertThat(database.transitions(orderId)).containsExactly("->CREATED");
  }

  @Test
  void retryAfterFailureGetsPrepayForSameOrder() {
    OrderApi api = OrderApi.newUser();
    String key = OrderApi.newKey();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);
    JsonPath failed = api.create(key, OrderApi.COFFEE_X2).jsonPath();
    peers().prepayMode(PrepayMode.SUCCEED);

    Response retry = api.create(key, OrderApi.COFFEE_X2);

    assertThat(retry.statusCode()).isEqualTo(200);
    JsonPath order = retry.jsonPath();
    assertThat(order.getString("id")).isEqualTo(failed.getString("orderId"));
    assertThat(order.getString("outTradeNo")).isEqualTo(failed.getString("outTradeNo"));
    assertThat(order.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getString("appParams.prepayid")).startsWith("wx");
    assertThat(database.transitions(order.getString("id")))
        .containsExactly("->CREATED", "CREATED->AWAITING_PAYMENT");
  }

  @Test
  void retrySendsIdenticalPrepayRequest() {
    OrderApi api = OrderApi.newUser();
    String key = OrderApi.newKey();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);
    String outTradeNo = api.create(key, OrderApi.COFFEE_X2).jsonPath().getString("outTradeNo");
    peers().prepayMode(PrepayMode.SUCCEED);

    api.create(key, OrderApi.COFFEE_X2);

    List<JsonObject> requests = peers().prepayRequests(outTradeNo);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1)).isEqualTo(requests.get(0));
  }

  @Test
  void rejectedPrepayIsNotRetryable() {
    peers().prepayMode(PrepayMode.REJECT);

    Response response = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.jsonPath().getString("code")).isEqualTo("ORDERPAID");
    assertThat(response.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("WeChat Pay does not accept a payment for this order: ORDERPAID");
  }

  @Test
  void stalledPrepayTimesOutRetryable() {
    peers().prepayMode(PrepayMode.STALL);

    Response response = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.jsonPath().getString("code")).isEqualTo("PREPAY_TIMEOUT");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("prepay-service did not reply in time");
  }

  @Test
  void unreachablePrepayIsRetryable() {
    peers().prepayMode(PrepayMode.DISCONNECT);

    Response response = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.jsonPath().getString("code")).isEqualTo("PREPAY_UNAVAILABLE");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("prepay-service is not available");
  }

  @Test
  void invalidPrepayRequestIsNotRetryable() {
    peers().prepayMode(PrepayMode.INVALID);

    Response response = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("INVALID_PREPAY_REQUEST");
    assertThat(response.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("prepay-service rejected the prepay request");
  }

  @Test
  void retryOfExpiredOrderIsRejected() {
    OrderApi api = OrderApi.newUser();
    String key = OrderApi.newKey();
    peers().prepayMode(PrepayMode.FAIL_RETRYABLE);
    JsonPath failed = api.create(key, OrderApi.COFFEE_X2).jsonPath();
    database.expireIn(failed.getString("orderId"), 30);
    peers().prepayMode(PrepayMode.SUCCEED);

    Response retry = api.create(key, OrderApi.COFFEE_X2);

    assertThat(retry.statusCode()).isEqualTo(409);
    assertThat(retry.jsonPath().getString("code")).isEqualTo("ORDER_EXPIRED");
    assertThat(retry.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(retry.jsonPath().getString("orderId")).isEqualTo(failed.getString("orderId"));
    assertThat(retry.jsonPath().getString("detail"))
        .isEqualTo(
            "Order has expired before it got a prepay;"
                + " create a new order with a new Idempotency-Key");
    assertThat(peers().prepayRequests(failed.getString("outTradeNo"))).hasSize(1);
  }
}
