package dev.apppay.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OperationsEndpointsTest extends ServiceTest {

  @Test
  void readinessIsUp() {
    Response response = given().get("/q/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("status")).isEqualTo("UP");
  }

  @Test
  void livenessIsUp() {
    Response response = given().get("/q/health/live");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void metricsCountTransitions() {
    OrderApi.newUser().createAwaitingPayment();

    String metrics = given().get("/q/metrics").body().asString();

    assertThat(metrics).contains("apppay_order_transitions_total{to=\"AWAITING_PAYMENT\"}");
  }
}
