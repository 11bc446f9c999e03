package dev.apppay.wechatpay.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WeChatIdsTest {

  private static final Instant NOW = Instant.parse("2025-01-01T04:01:30Z");

  @Test
  void prepayIdShape() {
    assertThat(WeChatIds.prepayId(NOW)).matches("wx20250101120130[0-9a-f]{20}");
  }

  @Test
  void transactionIdShape() {
    assertThat(WeChatIds.transactionId(NOW)).matches("420020250101[0-9]{16}");
  }

  @Test
  void refundIdShape() {
    assertThat(WeChatIds.refundId(NOW)).matches("503020250101[0-9]{17}");
  }

  @Test
  void notificationIdLength() {
    assertThat(WeChatIds.notificationId()).hasSize(36);
  }

  @Test
  void outTradeNoRules() {
    assertThat(WeChatIds.isValidOutTradeNo("AP_2025-01|*x")).isTrue();
    assertThat(WeChatIds.isValidOutTradeNo("12345")).isFalse();
    assertThat(WeChatIds.isValidOutTradeNo("x".repeat(33))).isFalse();
    assertThat(WeChatIds.isValidOutTradeNo("order/1")).isFalse();
  }

  @Test
  void noncesDiffer() {
    assertThat(Nonces.generate()).matches("[0-9A-Za-z]{32}").isNotEqualTo(Nonces.generate());
  }
}
