package dev.apppay.wechatpay;

import dev.apppay.wechatpay.util.WeChatIds;
import java.time.Instant;

/**
 * The merchant's request for an APP prepay order, independent of the API version. Values are
 * validated here so that a bad request fails before any call.
 *
 * @param outTradeNo merchant order number: 6-32 of {@code 0-9 a-z A-Z _ - | *}
 * @param description goods description shown to the payer, at most 127 characters
 * @param total amount in fen, positive
 * @param payerClientIp the user's client IP (IPv4 or IPv6)
 * @param notifyUrl where WeChat Pay posts the payment notification, without query string
 * @param attach merchant data echoed in query and notification, or null
 * @param timeExpire the last moment the user can pay, or null
 */
public record AppPrepayRequest(
    String outTradeNo,
    String description,
    long total,
    String payerClientIp,
    String notifyUrl,
    String attach,
    Instant timeExpire) {

  /** The only currency of mainland APP payments. */
  public static final String CURRENCY = "CNY";

  public AppPrepayRequest {
    if (!WeChatIds.isValidOutTradeNo(outTradeNo)) {
      throw new IllegalArgumentException("Invalid out_trade_no [" + outTradeNo + "]");
    }
    requireText("description", description, 127);
    if (total <= 0) {
      throw new IllegalArgumentException("Amount must be a positive number of fen, got " + total);
    }
    requireText("payer client IP", payerClientIp, 45);
    requireText("notify URL", notifyUrl, 255);
    if (notifyUrl.contains("?")) {
      throw new IllegalArgumentException("Notify URL must not have a query string");
    }
    if (attach != null) {
      requireText("attach", attach, 127);
    }
  }

  private static void requireText(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing " + name);
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " has " + value.length() + " characters, more than " + maxLength);
    }
    // WeChat Pay v3 rejects characters whose UTF-8 form has 4 bytes, such as emoji.
    if (value.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      throw new IllegalArgumentException(name + " contains a 4-byte character such as an emoji");
    }
  }
}
