package dev.apppay.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

  @Test
  void v2SystemErrorRetryable() {
    assertThat(new BusinessException("SYSTEMERROR", "", 200).isRetryable()).isTrue();
  }

  @Test
  void v3SystemErrorRetryable() {
    assertThat(new BusinessException("SYSTEM_ERROR", "", 500).isRetryable()).isTrue();
  }

  @Test
  void anyServerStatusRetryable() {
    assertThat(new BusinessException("BANK_ERROR_NEW", "", 503).isRetryable()).isTrue();
  }

  @Test
  void orderPaidNotRetryable() {
    assertThat(new BusinessException("ORDERPAID", "", 200).isRetryable()).isFalse();
  }

  @Test
  void bothClosedCodesRecognised() {
    assertThat(new BusinessException("ORDERCLOSED", "", 200).isOrderClosed()).isTrue();
    assertThat(new BusinessException("ORDER_CLOSED", "", 400).isOrderClosed()).isTrue();
  }

  @Test
  void messageNamesCode() {
    assertThat(new BusinessException("OUT_TRADE_NO_USED", "商户订单号重复", 403))
        .hasMessage("WeChat Pay returned error code [OUT_TRADE_NO_USED]: 商户订单号重复");
  }
}
