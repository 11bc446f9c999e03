package dev.apppay.wechatpay.v3;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.MALFORMED_HEADER;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.MISSING_SIGNATURE;

import dev.apppay.wechatpay.SignatureVerificationException;
import java.util.HashMap;
import java.util.Map;

/**
 * The v3 {@code Authorization} header: {@code WECHATPAY2-SHA256-RSA2048 mchid="...",
 * nonce_str="...",signature="...",timestamp="...",serial_no="..."}.
 *
 * @param mchId merchant id
 * @param nonce random string of the request
 * @param signature Base64 SHA256withRSA signature of the request message
 * @param timestamp Unix seconds at signing time
 * @param serialNumber serial number of the merchant API certificate
 */
public record AuthorizationHeader(
    String mchId, String nonce, String signature, long timestamp, String serialNumber) {

  /** Formats the header value, items in the order WeChat Pay's documentation shows. */
  public String format() {
    return WechatpayHeaders.SCHEME
        + " mchid=\""
        + mchId
        + "\",nonce_str=\""
        + nonce
        + "\",signature=\""
        + signature
        + "\",timestamp=\""
        + timestamp
        + "\",serial_no=\""
        + serialNumber
        + "\"";
  }

  /**
   * Parses a header value, accepting any item order and spaces around items.
   *
   * @throws SignatureVerificationException with reason {@code MISSING_SIGNATURE} when the value is
   *     absent, or {@code MALFORMED_HEADER} when it cannot be parsed
   */
  public static AuthorizationHeader parse(String value) {
    if (value == null || value.isBlank()) {
      throw new SignatureVerificationException(
          MISSING_SIGNATURE, "Authorization header is missing");
    }
    String trimmed = value.strip();
    if (!trimmed.startsWith(WechatpayHeaders.SCHEME + " ")) {
      throw malformed("Authorization scheme is not " + WechatpayHeaders.SCHEME);
    }
    Map<String, String> items = parseItems(trimmed.substring(WechatpayHeaders.SCHEME.length()));
    return new AuthorizationHeader(
        required(items, "mchid"),
        required(items, "nonce_str"),
        required(items, "signature"),
        parseTimestamp(required(items, "timestamp")),
        required(items, "serial_no"));
  }

  private static Map<String, String> parseItems(String list) {
    Map<String, String> items = new HashMap<>();
    for (String item : list.split(",")) {
      String[] pair = item.strip().split("=", 2);
      if (pair.length != 2 || !isQuoted(pair[1].strip())) {
        throw malformed("Authorization item is not key=\"value\"");
      }
      String quoted = pair[1].strip();
      if (items.put(pair[0].strip(), quoted.substring(1, quoted.length() - 1)) != null) {
        throw malformed("Authorization item [" + pair[0].strip() + "] appears twice");
      }
    }
    return items;
  }

  private static boolean isQuoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
  }

  private static String required(Map<String, String> items, String name) {
    String value = items.get(name);
    if (value == null || value.isEmpty()) {
      throw malformed("Authorization item [" + name + "] is missing");
    }
    return value;
  }

  static long parseTimestamp(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw malformed("Timestamp [" + value + "] is not a number of seconds");
    }
  }

  private static SignatureVerificationException malformed(String message) {
    return new SignatureVerificationException(MALFORMED_HEADER, message);
  }

  /** Shows the ids and the timestamp, but not the signature. */
  @Override
  public String toString() {
    return "AuthorizationHeader[mchId="
        + mchId
        + ", timestamp="
        + timestamp
        + ", serialNumber="
        + serialNumber
        + "]";
  }
}
