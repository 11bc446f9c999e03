package dev.apppay.wechatpay.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WeChatTimesTest {

  private static final Instant NOON_BEIJING = Instant.parse("2025-01-01T04:01:30Z");

  @Test
  void v2FormatInBeijingTime() {
    assertThat(WeChatTimes.formatV2(NOON_BEIJING)).isEqualTo("20250101120130");
  }

  @Test
  void v2ParseInBeijingTime() {
    assertThat(WeChatTimes.parseV2("20250101120130")).isEqualTo(NOON_BEIJING);
  }

  @Test
  void v3FormatWithOffset() {
    assertThat(WeChatTimes.formatV3(NOON_BEIJING.plusMillis(999)))
        .isEqualTo("2025-01-01T12:01:30+08:00");
  }

  @Test
  void v3ParseAnyOffset() {
    assertThat(WeChatTimes.parseV3("2025-01-01T04:01:30Z").toInstant()).isEqualTo(NOON_BEIJING);
  }

  @Test
  void refundTimeParsed() {
    assertThat(WeChatTimes.parseV2Refund("2025-01-01 12:01:30")).isEqualTo(NOON_BEIJING);
  }

  @Test
  void invalidV2TimeDetected() {
    assertThat(WeChatTimes.isV2Time("2025-01-01")).isFalse();
  }
}
