package dev.apppay.order.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.UUID;

/** Calls the order API over real HTTP as one user of the app. */
public final class OrderApi {

  public static final String COFFEE_X2 =
      "{\"items\":[{\"sku\":\"COFFEE-BEANS-1KG\",\"quantity\":2}]}";

  private final String token;

  public OrderApi(String userId) {
    this.token = TestTokens.user(userId);
  }

  /** Returns an API for a new user with no orders. */
  public static OrderApi newUser() {
    return new OrderApi("user-" + UUID.randomUUID());
  }

  public static String newKey() {
    return UUID.randomUUID().toString();
  }

  public Response create(String idempotencyKey, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .header("Idempotency-Key", idempotencyKey)
        .body(body)
        .post("/api/orders");
  }

  /** Creates an order of two coffee bags and returns its id, failing unless it got a prepay. */
  public String createAwaitingPayment() {
    Response response = create(newKey(), COFFEE_X2);
    if (response.statusCode() != 201) {
      throw new IllegalStateException("Order creation replied " + response.statusCode());
    }
    return response.jsonPath().getString("id");
  }

  public Response get(String orderId) {
    return given().auth().oauth2(token).get("/api/orders/" + orderId);
  }

  public Response refresh(String orderId) {
    return given().auth().oauth2(token).queryParam("refresh", "true").get("/api/orders/" + orderId);
  }

  public Response list(Integer page, Integer size) {
    var request = given().auth().oauth2(token);
    if (page != null) {
      request.queryParam("page", page);
    }
    if (size != null) {
      request.queryParam("size", size);
    }
    return request.get("/api/orders");
  }

  public Response cancel(String orderId) {
    return given().auth().oauth2(token).post("/api/orders/" + orderId + "/cancel");
  }

  public String status(String orderId) {
    return get(orderId).jsonPath().getString("status");
  }

  /** Polls the order until it has {@code expected} status; returns the last status seen. */
  public String awaitStatus(String orderId, String expected) {
    return Await.until(() -> status(orderId), expected::equals);
  }
}
