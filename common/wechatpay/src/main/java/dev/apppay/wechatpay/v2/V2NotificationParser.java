package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.v2.V2NotificationResult.Accepted;
import dev.apppay.wechatpay.v2.V2NotificationResult.Reason;
import dev.apppay.wechatpay.v2.V2NotificationResult.Rejected;
import dev.apppay.wechatpay.xml.XmlCodec;
import dev.apppay.wechatpay.xml.XmlFormatException;
import java.util.Map;

/**
 * Parses and verifies v2 payment notifications from the raw body. It never throws for bad input:
 * every failure is a {@link Rejected} result. The caller still checks {@code appid}, {@code
 * mch_id}, the order and its amount.
 */
public final class V2NotificationParser {

  private final XmlCodec codec;
  private final V2Verifier verifier;

  public V2NotificationParser(XmlCodec codec, V2Verifier verifier) {
    this.codec = codec;
    this.verifier = verifier;
  }

  /** Creates the parser for a merchant's APIv2 key. */
  public static V2NotificationParser create(String apiKey) {
    return new V2NotificationParser(new XmlCodec(), new V2Verifier(apiKey));
  }

  /** Parses, then verifies, then maps the notification. */
  public V2NotificationResult parse(byte[] body) {
    Map<String, String> fields;
    try {
      fields = codec.decode(body);
    } catch (XmlFormatException e) {
      return new Rejected(Reason.MALFORMED_XML, e.getMessage());
    }
    if (!"SUCCESS".equals(fields.get("return_code"))) {
      return new Rejected(Reason.RETURN_CODE_FAIL, "return_code=" + fields.get("return_code"));
    }

    try {
      verifier.verify(fields);
    } catch (SignatureVerificationException e) {
      return new Rejected(Reason.INVALID_SIGNATURE, e.getMessage());
    }
    return map(fields);
  }

  private static V2NotificationResult map(Map<String, String> fields) {
    try {
      Transaction transaction = V2Transactions.fromNotification(fields);
      return new Accepted(
          new V2PaymentNotification(
              transaction, fields.get("err_code"), fields.get("err_code_des"), fields));
    } catch (MalformedReplyException e) {
      return new Rejected(Reason.MISSING_FIELD, e.getMessage());
    }
  }
}
