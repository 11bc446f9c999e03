package dev.apppay.simulator.order;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Generates ids in the shapes WeChat Pay uses for prepay sessions, payments and payers. */
public final class IdGenerator {

  /** WeChat Pay writes business times in China Standard Time. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter COMPACT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
  private static final DateTimeFormatter COMPACT_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING);
  private static final String HEX = "0123456789abcdef";
  private static final String OPENID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  private static final String NONCE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final SecureRandom random = new SecureRandom();

  /** Returns a prepay_id: {@code wx}, the creation time as yyyyMMddHHmmss, 20 hex characters. */
  public String prepayId(Instant at) {
    return "wx" + COMPACT_TIME.format(at) + randomString(HEX, 20);
  }

  /** Returns a 28-digit transaction_id: {@code 4200}, the payment date, 16 random digits. */
  public String transactionId(Instant at) {
    return "4200" + COMPACT_DATE.format(at) + randomString("0123456789", 16);
  }

  /** Returns a 28-character openid starting with {@code o}, as WeChat assigns per AppID. */
  public String openId() {
    return "o" + randomString(OPENID_CHARS, 27);
  }

  /** Returns a v3 notification id (36 characters). */
  public String notificationId() {
    return UUID.randomUUID().toString();
  }

  /** Returns a random alphanumeric string of {@code length} characters, for nonces. */
  public String nonce(int length) {
    return randomString(NONCE_CHARS, length);
  }

  /** Formats {@code at} as WeChat's v2 time, yyyyMMddHHmmss in China Standard Time. */
  public static String compactTime(Instant at) {
    return COMPACT_TIME.format(at);
  }

  private String randomString(String alphabet, int length) {
    StringBuilder builder = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return builder.toString();
  }
}
