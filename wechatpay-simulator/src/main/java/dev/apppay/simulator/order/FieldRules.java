package dev.apppay.simulator.order;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Format rules WeChat Pay applies to order fields in both API generations. */
public final class FieldRules {

  /** 6 to 32 characters from digits, letters, {@code _ - | *}. */
  private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");

  private static final int MAX_NOTIFY_URL = 256;

  private FieldRules() {}

  public static boolean isOutTradeNo(String value) {
    return value != null && OUT_TRADE_NO.matcher(value).matches();
  }

  /**
   * Returns whether {@code value} is an absolute http or https URL without a query string, at most
   * 256 characters. WeChat Pay requires https for public hosts; the simulator also takes http so
   * that local receivers work.
   */
  public static boolean isNotifyUrl(String value) {
    if (value == null || value.length() > MAX_NOTIFY_URL) {
      return false;
    }
    try {
      URI uri = new URI(value);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      return web && uri.getHost() != null && uri.getRawQuery() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Returns whether {@code value} has characters of 4 UTF-8 bytes, such as emoji. */
  public static boolean hasFourByteCharacters(String value) {
    return value != null && value.codePoints().anyMatch(Character::isSupplementaryCodePoint);
  }

  /** Returns the positive amount in {@code value}, or -1 when it is not a positive integer. */
  public static long positiveAmount(String value) {
    if (value == null || !value.matches("[0-9]{1,12}")) {
      return -1;
    }
    long amount = Long.parseLong(value);
    return amount > 0 ? amount : -1;
  }

  /** Joins fields sorted by name as {@code name=value&...}, for comparing re-submitted orders. */
  public static String canonical(Map<String, String> fields) {
    StringBuilder joined = new StringBuilder();
    new TreeMap<>(fields)
        .forEach((name, value) -> joined.append(name).append('=').append(value).append('&'));
    return joined.toString();
  }
}
