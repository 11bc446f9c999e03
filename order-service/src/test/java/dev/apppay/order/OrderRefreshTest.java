package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderRefreshTest extends ServiceTest {

  private OrderApi api;
  private String orderId;
  private String outTradeNo;

  @BeforeEach
  void createOrder() {
    api = OrderApi.newUser();
    orderId = api.createAwaitingPayment();
    outTradeNo = api.get(orderId).jsonPath().getString("outTradeNo");
  }

  @Test
  void refreshAsksQueryService() {
    api.refresh(orderId);

    assertThat(peers().paymentQueries()).contains("/payments/" + outTradeNo + "?refresh=true");
  }

  @Test
  void refreshShowsPaymentAtOnce() {
    peers().payment(outTradeNo, "PAID", 3998);

    Response response = api.refresh(orderId);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("PAID");
    assertThat(response.jsonPath().getMap("appParams")).isNull();
    assertThat(api.status(orderId)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void refreshIgnoresPaymentOfOtherAmount() {
    peers().payment(outTradeNo, "PAID", 1);

    Response response = api.refresh(orderId);

    assertThat(response.jsonPath().getString("status")).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void refreshOfUnknownPaymentShowsStoredOrder() {
    Response response = api.refresh(orderId);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(response.jsonPath().getString("appParams.prepayid")).startsWith("wx");
  }

  @Test
  void invalidRefreshFlagIsRejected() {
    Response response =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(dev.apppay.order.support.TestTokens.user("user-refresh"))
            .queryParam("refresh", "yes")
            .get("/api/orders/" + orderId);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("refresh must be true or false, got yes");
  }
}
