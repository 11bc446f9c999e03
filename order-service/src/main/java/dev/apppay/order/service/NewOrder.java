package dev.apppay.order.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A validated order creation request.
 *
 * @param userId the subject of the caller's bearer token
 * @param idempotencyKey the {@code Idempotency-Key} header, unique per user
 * @param clientIp the caller's address, which WeChat Pay requires
 */
public record NewOrder(
    String userId, String idempotencyKey, List<OrderLine> lines, String clientIp) {

  /**
   * Returns the SHA-256 hex of the lines in request order. The client IP is left out, because a
   * retry may come from another network.
   */
  public String fingerprint() {
    StringBuilder canonical = new StringBuilder();
    for (OrderLine line : lines) {
      canonical.append(line.sku()).append(' ').append(line.quantity()).append('\n');
    }
    return sha256Hex(canonical.toString());
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
