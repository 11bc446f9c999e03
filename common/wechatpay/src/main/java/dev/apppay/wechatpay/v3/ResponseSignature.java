package dev.apppay.wechatpay.v3;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.MISSING_SIGNATURE;

import dev.apppay.wechatpay.SignatureVerificationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The signature headers WeChat Pay puts on v3 responses and notifications.
 *
 * @param timestamp {@code Wechatpay-Timestamp}, Unix seconds
 * @param nonce {@code Wechatpay-Nonce}
 * @param signature {@code Wechatpay-Signature}, Base64
 * @param serial {@code Wechatpay-Serial}: certificate serial or {@code PUB_KEY_ID_...}
 */
public record ResponseSignature(long timestamp, String nonce, String signature, String serial) {

  /**
   * Reads the headers through a case-insensitive lookup, such as Vert.x {@code MultiMap::get}.
   *
   * @throws SignatureVerificationException with reason {@code MISSING_SIGNATURE} when a header is
   *     absent, or {@code MALFORMED_HEADER} when the timestamp is not a number
   */
  public static ResponseSignature fromHeaders(Function<String, String> headers) {
    String signatureType = headers.apply(WechatpayHeaders.SIGNATURE_TYPE);
    if (signatureType != null && !signatureType.equals(WechatpayHeaders.SCHEME)) {
      throw new SignatureVerificationException(
          SignatureVerificationException.Reason.MALFORMED_HEADER,
          "Signature type [" + signatureType + "] is not " + WechatpayHeaders.SCHEME);
    }
    return new ResponseSignature(
        AuthorizationHeader.parseTimestamp(required(headers, WechatpayHeaders.TIMESTAMP)),
        required(headers, WechatpayHeaders.NONCE),
        required(headers, WechatpayHeaders.SIGNATURE),
        required(headers, WechatpayHeaders.SERIAL));
  }

  /** The four signature headers plus {@code Wechatpay-Signature-Type}, ready to send. */
  public Map<String, String> toHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WechatpayHeaders.TIMESTAMP, Long.toString(timestamp));
    headers.put(WechatpayHeaders.NONCE, nonce);
    headers.put(WechatpayHeaders.SIGNATURE, signature);
    headers.put(WechatpayHeaders.SERIAL, serial);
    headers.put(WechatpayHeaders.SIGNATURE_TYPE, WechatpayHeaders.SCHEME);
    return headers;
  }

  private static String required(Function<String, String> headers, String name) {
    String value = headers.apply(name);
    if (value == null || value.isBlank()) {
      throw new SignatureVerificationException(MISSING_SIGNATURE, "Header " + name + " is missing");
    }
    return value.strip();
  }

  /** Shows the timestamp and serial, but not the signature. */
  @Override
  public String toString() {
    return "ResponseSignature[timestamp=" + timestamp + ", serial=" + serial + "]";
  }
}
