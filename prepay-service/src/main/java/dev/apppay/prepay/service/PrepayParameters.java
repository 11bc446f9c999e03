package dev.apppay.prepay.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The validated business parameters of a prepay request.
 *
 * @param amountFen the order amount in fen, positive
 * @param currency always {@code CNY}
 * @param clientIp the user's IPv4 or IPv6 address
 * @param expiresAt the last moment the user may pay, whole seconds, or null
 */
public record PrepayParameters(
    String outTradeNo,
    String description,
    long amountFen,
    String currency,
    String clientIp,
    Instant expiresAt) {

  /**
   * Returns the SHA-256 hex of every parameter except the client IP. The IP is left out because a
   * retry from the same order may come from another network, and it does not change the order.
   */
  public String fingerprint() {
    String canonical =
        String.join(
            "\n",
            outTradeNo,
            description,
            Long.toString(amountFen),
            currency,
            expiresAt == null ? "" : Long.toString(expiresAt.getEpochSecond()));
    return sha256Hex(canonical);
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
