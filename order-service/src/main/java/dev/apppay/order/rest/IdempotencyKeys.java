package dev.apppay.order.rest;

import dev.apppay.order.service.InvalidRequestException;
import java.util.regex.Pattern;

/** Checks the {@code Idempotency-Key} header of {@code POST /api/orders}. */
final class IdempotencyKeys {

  static final String HEADER = "Idempotency-Key";

  /** Visible ASCII characters, so the key reads the same in logs and databases. */
  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,64}");

  private IdempotencyKeys() {}

  static String require(String key) {
    if (key == null || key.isEmpty()) {
      throw new InvalidRequestException(HEADER, HEADER + " header is missing");
    }
    if (!FORMAT.matcher(key).matches()) {
      throw new InvalidRequestException(
          HEADER, HEADER + " must be 1 to 64 visible ASCII characters without spaces");
    }
    return key;
  }
}
