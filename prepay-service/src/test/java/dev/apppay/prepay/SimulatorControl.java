package dev.apppay.prepay;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;

/** Drives the WeChat Pay simulator through its control API, as a user or a fault injector. */
final class SimulatorControl {

  private final String baseUrl;

  SimulatorControl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Pays the order with the app parameters, as the user in the WeChat app. */
  Response pay(Map<String, String> appParams) {
    return given()
        .baseUri(baseUrl)
        .contentType(ContentType.JSON)
        .body(appParams)
        .post("/simulator/pay");
  }

  /**
   * Makes the next {@code times} prepay calls for the order fail.
   *
   * @param mode {@code SYSTEM_ERROR}, {@code DELAY} or {@code TIMEOUT}
   */
  void failPrepay(String outTradeNo, String mode, long delayMillis, int times) {
    Map<String, Object> fault =
        Map.of(
            "operations", new String[] {"PREPAY"},
            "mode", mode,
            "delayMillis", delayMillis,
            "applyOperation", false,
            "times", times);
    given()
        .baseUri(baseUrl)
        .contentType(ContentType.JSON)
        .body(Map.of("apiFault", fault))
        .put("/simulator/orders/" + outTradeNo + "/faults")
        .then()
        .statusCode(200);
  }
}
