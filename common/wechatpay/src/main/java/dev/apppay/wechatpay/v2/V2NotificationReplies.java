package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.xml.XmlCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** The XML bodies a merchant returns to a v2 notification (always with HTTP 200). */
public final class V2NotificationReplies {

  private static final XmlCodec CODEC = new XmlCodec();

  private V2NotificationReplies() {}

  /** Acknowledges the notification, so WeChat Pay stops delivering it. */
  public static String success() {
    return reply("SUCCESS", "OK");
  }

  /** Rejects the notification, so WeChat Pay delivers it again later. */
  public static String fail(String message) {
    return reply("FAIL", message);
  }

  private static String reply(String code, String message) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", code);
    fields.put("return_msg", message);
    return CODEC.encode(fields);
  }
}
