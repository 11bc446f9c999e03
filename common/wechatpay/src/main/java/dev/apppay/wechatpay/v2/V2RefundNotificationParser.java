package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.cipher.RefundInfoCipher;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.xml.XmlCodec;
import dev.apppay.wechatpay.xml.XmlFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads v2 refund notifications, which carry no {@code sign}: the encrypted {@code req_info} is
 * their only authentication, and a weak one, so cross-check the refund before acting on it.
 */
public final class V2RefundNotificationParser {

  private final XmlCodec codec;
  private final RefundInfoCipher cipher;

  public V2RefundNotificationParser(XmlCodec codec, RefundInfoCipher cipher) {
    this.codec = codec;
    this.cipher = cipher;
  }

  /**
   * Parses the outer XML, decrypts {@code req_info} and parses the inner XML.
   *
   * @throws MalformedReplyException for invalid XML, {@code return_code=FAIL} or missing fields
   * @throws DecryptionException when {@code req_info} does not decrypt under the key
   */
  public V2RefundNotification parse(byte[] body) {
    V2Fields outer = new V2Fields(decode(body));
    if (!"SUCCESS".equals(outer.required("return_code"))) {
      throw new MalformedReplyException("Refund notification return_code is not SUCCESS");
    }
    Map<String, String> inner =
        decode(cipher.decrypt(outer.required("req_info")).getBytes(StandardCharsets.UTF_8));
    return toNotification(inner);
  }

  private static V2RefundNotification toNotification(Map<String, String> fields) {
    V2Fields reader = new V2Fields(fields);
    return new V2RefundNotification(
        reader.required("out_refund_no"),
        reader.required("out_trade_no"),
        reader.required("refund_id"),
        reader.required("transaction_id"),
        reader.required("refund_status"),
        reader.requiredLong("refund_fee"),
        reader.requiredLong("total_fee"),
        successTime(reader.optional("success_time")),
        fields);
  }

  private static Instant successTime(String value) {
    try {
      return value == null ? null : WeChatTimes.parseV2Refund(value);
    } catch (DateTimeParseException e) {
      throw new MalformedReplyException("success_time is not yyyy-MM-dd HH:mm:ss: " + value, e);
    }
  }

  private Map<String, String> decode(byte[] xml) {
    try {
      return codec.decode(xml);
    } catch (XmlFormatException e) {
      throw new MalformedReplyException(
          "Refund notification is not valid XML: " + e.getMessage(), e);
    }
  }
}
