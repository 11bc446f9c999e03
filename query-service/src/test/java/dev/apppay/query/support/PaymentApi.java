package dev.apppay.query.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Duration;

/** Calls {@code GET /payments/{outTradeNo}} of the service under test. */
public final class PaymentApi {

  private PaymentApi() {}

  public static Response get(String outTradeNo) {
    return given().get("/payments/{outTradeNo}", outTradeNo);
  }

  public static Response refresh(String outTradeNo) {
    return given().queryParam("refresh", "true").get("/payments/{outTradeNo}", outTradeNo);
  }

  /** Returns the order's status, or {@code HTTP <code>} while the view has no row. */
  public static String status(String outTradeNo) {
    Response response = get(outTradeNo);
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode();
    }
    return response.jsonPath().getString("status");
  }

  /** Waits until the order has {@code expected} status and returns the last status seen. */
  public static String awaitStatus(String outTradeNo, String expected) {
    return Await.until(() -> status(outTradeNo), expected::equals, Duration.ofSeconds(20));
  }
}
