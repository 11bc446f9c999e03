package dev.apppay.wechatpay.v3;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replies to v3 notifications. Only the HTTP status counts: 200 or 204 acknowledges, and 4xx or 5xx
 * makes WeChat Pay deliver again, whatever the body contains.
 */
public final class V3NotificationReplies {

  /** Status of an acknowledgement. */
  public static final int ACKNOWLEDGED = 204;

  /** Status of a rejection by the merchant's checks; WeChat Pay retries. */
  public static final int REJECTED = 400;

  /** Status of a temporary failure such as a database outage; WeChat Pay retries. */
  public static final int FAILED = 500;

  private V3NotificationReplies() {}

  /** Builds the JSON body of a rejection: {@code {"code":"FAIL","message":...}}. */
  public static byte[] failBody(String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("code", "FAIL");
    body.put("message", message);
    return V3Json.write(body);
  }

  /** Builds the same body as text. */
  public static String failBodyText(String message) {
    return new String(failBody(message), StandardCharsets.UTF_8);
  }
}
