package dev.apppay.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TestTokens;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderAccessTest extends ServiceTest {

  private static final String NOT_FOUND =
      "{\"type\":\"/problems/order-not-found\",\"title\":\"Order not found\",\"status\":404,"
          + "\"detail\":\"Order not found\"}";
  private static final String UNAUTHORIZED =
      "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"A valid bearer token is required\"}";
  private static final String FORBIDDEN =
      "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"The token's groups do not grant this request\"}";

  @Test
  void missingOrderIsNotFound() {
    Response response = OrderApi.newUser().get(UUID.randomUUID().toString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().asString()).isEqualTo(NOT_FOUND);
  }

  @Test
  void otherUsersOrderLooksMissing() {
    String orderId = OrderApi.newUser().createAwaitingPayment();

    Response response = OrderApi.newUser().get(orderId);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body().asString()).isEqualTo(NOT_FOUND);
  }

  @Test
  void otherUserCannotCancelOrder() {
    OrderApi owner = OrderApi.newUser();
    String orderId = owner.createAwaitingPayment();

    Response response = OrderApi.newUser().cancel(orderId);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body().asString()).isEqualTo(NOT_FOUND);
    assertThat(owner.get(orderId).jsonPath().getString("cancelRequestedAt")).isNull();
  }

  @Test
  void malformedOrderIdIsNotFound() {
    Response response = OrderApi.newUser().get("not-a-uuid");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body().asString()).isEqualTo(NOT_FOUND);
  }

  @Test
  void requestWithoutTokenIsUnauthorized() {
    Response response =
        given()
            .contentType("application/json")
            .header("Idempotency-Key", OrderApi.newKey())
            .body(OrderApi.COFFEE_X2)
            .post("/api/orders");

    assertUnauthorized(response);
  }

  @Test
  void tokenOfUnknownKeyIsUnauthorized() {
    Response response =
        given().auth().oauth2(TestTokens.signedByStranger("user-1")).get("/api/orders");

    assertUnauthorized(response);
  }

  @Test
  void expiredTokenIsUnauthorized() {
    Response response = given().auth().oauth2(TestTokens.expired("user-1")).get("/api/orders");

    assertUnauthorized(response);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "user\0one", "user\none", "user\177one"})
  void tokenWithInvalidSubjectIsUnauthorized(String subject) {
    Response response =
        given()
            .auth()
            .oauth2(TestTokens.user(subject))
            .contentType("application/json")
            .header("Idempotency-Key", OrderApi.newKey())
            .body(OrderApi.COFFEE_X2)
            .post("/api/orders");

    assertUnauthorized(response);
  }

  @Test
  void garbageTokenIsUnauthorized() {
    Response response = given().auth().oauth2("not.a.token").get("/api/orders");

    assertUnauthorized(response);
  }

  @Test
  void adminApiForbidsUserToken() {
    Response response = given().auth().oauth2(TestTokens.user("user-1")).get("/admin/products");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().asString()).isEqualTo(FORBIDDEN);
  }

  @Test
  void adminApiRequiresToken() {
    Response response = given().get("/admin/products");

    assertUnauthorized(response);
  }

  private static void assertUnauthorized(Response response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().asString()).isEqualTo(UNAUTHORIZED);
  }
}
