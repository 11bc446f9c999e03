package dev.apppay.prepay;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builds and sends {@code POST /prepays} requests to the application under test. */
final class PrepayRequests {

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private PrepayRequests() {}

  /** Returns a fresh order number, unique in this JVM run and across runs. */
  static String newOutTradeNo() {
    return "AP" + System.currentTimeMillis() + SEQUENCE.incrementAndGet();
  }

  /** Returns a valid request body for {@code outTradeNo}, to change field by field. */
  static Map<String, Object> validBody(String outTradeNo) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outTradeNo", outTradeNo);
    body.put("description", "Demo shop - Coffee beans x2");
    body.put("amountFen", 3998);
    body.put("currency", "CNY");
    body.put("clientIp", "203.0.113.7");
    body.put("expiresAt", Instant.now().plus(30, ChronoUnit.MINUTES).toString());
    return body;
  }

  static Response post(Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/prepays");
  }
}
