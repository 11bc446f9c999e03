package dev.apppay.wechatpay.util;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers in the shapes WeChat Pay uses, for the simulator and tests, and the validation of
 * merchant order numbers.
 */
public final class WeChatIds {

  private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");
  private static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final String DIGITS = "0123456789";
  private static final String HEX = "0123456789abcdef";

  private WeChatIds() {}

  /** {@code wx} + {@code yyyyMMddHHmmss} (Beijing) + 20 hex characters: 36 characters. */
  public static String prepayId(Instant now) {
    return "wx" + WeChatTimes.formatV2(now) + Nonces.randomString(HEX, 20);
  }

  /** 28 digits: {@code 4200} + the Beijing date + 16 random digits. */
  public static String transactionId(Instant now) {
    return "4200" + DAY.format(now.atOffset(WeChatTimes.BEIJING)) + Nonces.randomString(DIGITS, 16);
  }

  /** 29 digits: {@code 5030} + the Beijing date + 17 random digits. */
  public static String refundId(Instant now) {
    return "5030" + DAY.format(now.atOffset(WeChatTimes.BEIJING)) + Nonces.randomString(DIGITS, 17);
  }

  /** A v3 notification id: a random UUID, 36 characters. */
  public static String notificationId() {
    return UUID.randomUUID().toString();
  }

  /** An {@code openid}-like payer id of 28 characters. */
  public static String openId() {
    return "o" + Nonces.randomString(HEX + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-", 27);
  }

  /** Whether the value is a valid {@code out_trade_no}: 6-32 of {@code 0-9 a-z A-Z _ - | *}. */
  public static boolean isValidOutTradeNo(String value) {
    return value != null && OUT_TRADE_NO.matcher(value).matches();
  }

  /** Whether the value is a valid {@code out_refund_no}: 1-64 of {@code 0-9 a-z A-Z _ - | * @}. */
  public static boolean isValidOutRefundNo(String value) {
    return value != null && OUT_REFUND_NO.matcher(value).matches();
  }
}
