package dev.apppay.wechatpay.util;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time formats of WeChat Pay, all in Beijing time (UTC+8): v2 {@code yyyyMMddHHmmss}, v3 RFC
 * 3339 with {@code +08:00}, and {@code yyyy-MM-dd HH:mm:ss} in v2 refund data and bills.
 */
public final class WeChatTimes {

  /** Beijing time, the zone of every WeChat Pay business time. */
  public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private static final DateTimeFormatter V2 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter V2_REFUND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter V3 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private WeChatTimes() {}

  /** Formats as v2 {@code yyyyMMddHHmmss} in Beijing time, for example {@code 20091225091010}. */
  public static String formatV2(Instant instant) {
    return V2.format(instant.atOffset(BEIJING));
  }

  /** Parses a v2 {@code yyyyMMddHHmmss} Beijing time. */
  public static Instant parseV2(String value) {
    return LocalDateTime.parse(value, V2).toInstant(BEIJING);
  }

  /**
   * Formats as RFC 3339 at {@code +08:00} with whole seconds, for example {@code
   * 2018-06-08T10:34:56+08:00}.
   */
  public static String formatV3(Instant instant) {
    return V3.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(BEIJING));
  }

  /** Parses an RFC 3339 time with any offset. */
  public static OffsetDateTime parseV3(String value) {
    return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Parses {@code yyyy-MM-dd HH:mm:ss} in Beijing time, as in v2 refund notifications. */
  public static Instant parseV2Refund(String value) {
    return LocalDateTime.parse(value, V2_REFUND).toInstant(BEIJING);
  }

  /** Formats {@code yyyy-MM-dd HH:mm:ss} in Beijing time. */
  public static String formatV2Refund(Instant instant) {
    return V2_REFUND.format(instant.atOffset(BEIJING));
  }

  /** Returns whether the value is a valid v2 time, without throwing. */
  public static boolean isV2Time(String value) {
    if (value == null) {
      return false;
    }
    try {
      parseV2(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
