package dev.apppay.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.AdminApi;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TestTokens;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderValidationTest extends ServiceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "not-json | body | Request body is not valid JSON",
        "[] | body | Request body must be a JSON object",
        "{} | items | items is missing",
        "{\"items\":{}} | items | items must be an array",
        "{\"items\":[]} | items | items must contain 1 to 20 entries, got 0",
        "{\"items\":[1]} | items[0] | items[0] must be an object",
        "{\"items\":[{\"quantity\":1}]} | items[0].sku | items[0].sku is missing",
        "{\"items\":[{\"sku\":7,\"quantity\":1}]} | items[0].sku | items[0].sku must be a string",
        "{\"items\":[{\"sku\":\"mug\",\"quantity\":1}]} | items[0].sku"
            + " | items[0].sku must be 1 to 64 characters of A-Z, 0-9, _ and -",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\"}]} | items[0].quantity | items[0].quantity is"
            + " missing",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":1.5}]} | items[0].quantity"
            + " | items[0].quantity must be an integer",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":\"2\"}]} | items[0].quantity"
            + " | items[0].quantity must be an integer",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":0}]} | items[0].quantity"
            + " | items[0].quantity must be between 1 and 99, got 0",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":100}]} | items[0].quantity"
            + " | items[0].quantity must be between 1 and 99, got 100",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":1},{\"sku\":\"MUG-CERAMIC\",\"quantity\":2}]}"
            + " | items[1].sku | items[1].sku repeats MUG-CERAMIC of items[0]; raise its quantity"
            + " instead",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":1},{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1}]}"
            + " | items[1].sku | items[1].sku NO-SUCH-SKU is not a known product",
        "{\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":1,\"quantity\":50}]} | body"
            + " | Request body is not valid JSON",
        "{\"items\":[],\"items\":[{\"sku\":\"MUG-CERAMIC\",\"quantity\":1}]} | body"
            + " | Request body is not valid JSON",
      })
  void invalidOrderIsRejected(String body, String field, String detail) {
    String userId = "user-" + System.nanoTime();

    Response response = new OrderApi(userId).create(OrderApi.newKey(), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/invalid-request");
    assertThat(response.jsonPath().getString("title")).isEqualTo("Invalid request");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo(field);
    assertThat(response.jsonPath().getString("detail")).isEqualTo(detail);
    assertThat(database.countOrders(userId)).isZero();
  }

  @Test
  void tooManyItemsAreRejected() {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < 21; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"sku\":\"SKU-")
          .append(i)
          .append("\",\"quantity\":1}");
    }
    Response response = OrderApi.newUser().create(OrderApi.newKey(), body.append("]}").toString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("items must contain 1 to 20 entries, got 21");
  }

  @Test
  void missingIdempotencyKeyIsRejected() {
    Response response =
        given()
            .auth()
            .oauth2(TestTokens.user("user-no-key"))
            .contentType("application/json")
            .body(OrderApi.COFFEE_X2)
            .post("/api/orders");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("Idempotency-Key");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Idempotency-Key header is missing");
  }

  @Test
  void overlongIdempotencyKeyIsRejected() {
    Response response = OrderApi.newUser().create("k".repeat(65), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("Idempotency-Key");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Idempotency-Key must be 1 to 64 visible ASCII characters without spaces");
  }

  @Test
  void longestIdempotencyKeyIsAccepted() {
    Response response = OrderApi.newUser().create("k".repeat(64), OrderApi.COFFEE_X2);

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void inactiveProductIsRejected() {
    AdminApi.put("OLD-MUG-1", "{\"name\":\"Old mug\",\"priceFen\":900,\"active\":false}");

    Response response =
        OrderApi.newUser()
            .create(OrderApi.newKey(), "{\"items\":[{\"sku\":\"OLD-MUG-1\",\"quantity\":1}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("items[0].sku");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("items[0].sku OLD-MUG-1 is no longer sold");
  }

  @Test
  void amountAboveMaximumIsRejected() {
    AdminApi.put("GOLD-BAR-1", "{\"name\":\"Gold bar\",\"priceFen\":4000000}");

    Response response =
        OrderApi.newUser()
            .create(OrderApi.newKey(), "{\"items\":[{\"sku\":\"GOLD-BAR-1\",\"quantity\":2}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("items");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo(
            "items add up to 8000000 fen, more than the maximum order amount of 5000000 fen");
  }

  @Test
  void oversizedBodyIsRejected() {
    String body = "{\"items\":[],\"padding\":\"" + "x".repeat(70 * 1024) + "\"}";

    Response response = OrderApi.newUser().create(OrderApi.newKey(), body);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void wrongMethodIsNotAllowed() {
    Response response =
        given().auth().oauth2(TestTokens.user("user-1")).delete("/api/orders/" + OrderApi.newKey());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().asString())
        .isEqualTo(
            "{\"type\":\"/problems/method-not-allowed\",\"title\":\"Method not allowed\","
                + "\"status\":405,\"detail\":\"DELETE is not allowed on this resource\"}");
  }

  @Test
  void plainTextBodyIsUnsupported() {
    String userId = "user-" + System.nanoTime();

    Response response =
        given()
            .auth()
            .oauth2(TestTokens.user(userId))
            .contentType("text/plain")
            .header("Idempotency-Key", OrderApi.newKey())
            .body(OrderApi.COFFEE_X2)
            .post("/api/orders");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().asString())
        .isEqualTo(
            "{\"type\":\"/problems/unsupported-media-type\",\"title\":\"Unsupported media"
                + " type\",\"status\":415,\"detail\":\"Content-Type text/plain"
                + " is not supported, use application/json\"}");
    assertThat(database.countOrders(userId)).isZero();
  }
}
