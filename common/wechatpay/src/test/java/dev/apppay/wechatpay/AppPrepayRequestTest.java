package dev.apppay.wechatpay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppPrepayRequestTest {

  private static final String NOTIFY_URL = "https://merchant.example.com/notify";

  @Test
  void shortOrderNumberRejected() {
    assertThatThrownBy(() -> request("12345", "会员", 1, NOTIFY_URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid out_trade_no [12345]");
  }

  @Test
  void zeroAmountRejected() {
    assertThatThrownBy(() -> request("20250101120000001", "会员", 0, NOTIFY_URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Amount must be a positive number of fen, got 0");
  }

  @Test
  void emojiDescriptionRejected() {
    assertThatThrownBy(() -> request("20250101120000001", "会员\uD83D\uDE00", 1, NOTIFY_URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description contains a 4-byte character such as an emoji");
  }

  @Test
  void notifyUrlQueryRejected() {
    assertThatThrownBy(() -> request("20250101120000001", "会员", 1, NOTIFY_URL + "?a=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Notify URL must not have a query string");
  }

  @Test
  void longDescriptionRejected() {
    assertThatThrownBy(() -> request("20250101120000001", "x".repeat(128), 1, NOTIFY_URL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description has 128 characters, more than 127");
  }

  private static AppPrepayRequest request(
      String outTradeNo, String description, long total, String notifyUrl) {
    return new AppPrepayRequest(
        outTradeNo, description, total, "203.0.113.7", notifyUrl, null, null);
  }
}
