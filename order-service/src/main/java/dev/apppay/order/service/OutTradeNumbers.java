package dev.apppay.order.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Creates WeChat Pay merchant order numbers: {@code AP}, the UTC time as {@code yyyyMMddHHmmss} and
 * 8 random digits, 24 characters of {@code [0-9A-Z]}. The database's unique constraint catches the
 * rare collision, and the caller then draws again.
 */
public final class OutTradeNumbers {

  private static final String PREFIX = "AP";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutTradeNumbers() {}

  public static String next(Instant now) {
    return PREFIX + TIME.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
  }
}
