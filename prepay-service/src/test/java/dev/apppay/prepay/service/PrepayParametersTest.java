package dev.apppay.prepay.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrepayParametersTest {

  private static final Instant EXPIRY = Instant.parse("2026-12-04T14:00:00Z");

  private static PrepayParameters parameters(long amountFen, String clientIp, Instant expiresAt) {
    return new PrepayParameters(
        "AP20261204133000000001", "Demo shop - Coffee", amountFen, "CNY", clientIp, expiresAt);
  }

  @Test
  void fingerprintIgnoresClientIp() {
    assertThat(parameters(3998, "203.0.113.7", EXPIRY).fingerprint())
        .isEqualTo(parameters(3998, "2001:db8::7", EXPIRY).fingerprint());
  }

  @Test
  void fingerprintCoversAmount() {
    assertThat(parameters(3998, "203.0.113.7", EXPIRY).fingerprint())
        .isNotEqualTo(parameters(3999, "203.0.113.7", EXPIRY).fingerprint());
  }

  @Test
  void fingerprintCoversExpiry() {
    assertThat(parameters(3998, "203.0.113.7", EXPIRY).fingerprint())
        .isNotEqualTo(parameters(3998, "203.0.113.7", null).fingerprint())
        .isNotEqualTo(parameters(3998, "203.0.113.7", EXPIRY.plusSeconds(1)).fingerprint());
  }

  @Test
  void fingerprintIsSha256Hex() {
    assertThat(parameters(3998, "203.0.113.7", EXPIRY).fingerprint()).matches("[0-9a-f]{64}");
  }
}
