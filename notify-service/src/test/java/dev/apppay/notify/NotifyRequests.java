package dev.apppay.notify;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.concurrent.atomic.AtomicLong;

/** Sends notifications to the application under test. */
final class NotifyRequests {

  static final String V2_SUCCESS =
      "<xml><return_code><![CDATA[SUCCESS]]></return_code>"
          + "<return_msg><![CDATA[OK]]></return_msg></xml>";

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private NotifyRequests() {}

  static String newOutTradeNo() {
    return "NT" + System.currentTimeMillis() + SEQUENCE.incrementAndGet();
  }

  /** Returns the FAIL reply of a v2 rejection with {@code message}. */
  static String v2Fail(String message) {
    return "<xml><return_code><![CDATA[FAIL]]></return_code>"
        + "<return_msg><![CDATA["
        + message
        + "]]></return_msg></xml>";
  }

  /** Returns the JSON body of a v3 rejection with {@code message}. */
  static String v3Fail(String message) {
    return "{\"code\":\"FAIL\",\"message\":\"" + message + "\"}";
  }

  static Response postV2(byte[] body) {
    return given().contentType("text/xml").body(body).post("/wechatpay/v2/notify");
  }

  static Response postV3(V3Notifications.Delivery delivery) {
    return given()
        .contentType("application/json")
        .headers(delivery.headers())
        .body(delivery.body())
        .post("/wechatpay/v3/notify");
  }
}
