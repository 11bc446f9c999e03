package dev.apppay.prepay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.prepay.service.PrepayFailedException;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.RequestRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeChatPayErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "ORDERPAID, 该订单已支付, 200, 409, ORDERPAID, false",
    "ORDERCLOSED, 该订单已关闭, 200, 409, ORDERCLOSED, false",
    "ORDER_CLOSED, 订单已关闭, 400, 409, ORDERCLOSED, false",
    "OUT_TRADE_NO_USED, 商户订单号重复, 403, 409, OUT_TRADE_NO_USED, false",
    "INVALID_REQUEST, 201 商户订单号重复, 200, 409, OUT_TRADE_NO_USED, false",
    "SYSTEMERROR, 系统错误, 200, 502, SYSTEMERROR, true",
    "SYSTEM_ERROR, 系统错误, 500, 502, SYSTEM_ERROR, true",
    "PARAM_ERROR, 参数错误, 400, 502, PARAM_ERROR, false",
    "NOAUTH, 商户无此接口权限, 200, 502, NOAUTH, false"
  })
  void businessErrorMapsToReply(
      String code,
      String description,
      int httpStatus,
      int status,
      String replyCode,
      boolean retry) {
    PrepayFailedException failure =
        (PrepayFailedException)
            WeChatPayErrors.toPrepayFailure(new BusinessException(code, description, httpStatus));

    assertThat(failure.status()).isEqualTo(status);
    assertThat(failure.code()).isEqualTo(replyCode);
    assertThat(failure.retryable()).isEqualTo(retry);
  }

  @Test
  void rejectedRequestIsNotRetryable() {
    PrepayFailedException failure =
        (PrepayFailedException)
            WeChatPayErrors.toPrepayFailure(new RequestRejectedException("签名错误"));

    assertThat(failure.status()).isEqualTo(502);
    assertThat(failure.code()).isEqualTo("REQUEST_REJECTED");
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.getMessage()).isEqualTo("WeChat Pay rejected the request: 签名错误");
  }

  @Test
  void malformedReplyIsRetryable() {
    PrepayFailedException failure =
        (PrepayFailedException)
            WeChatPayErrors.toPrepayFailure(new MalformedReplyException("no prepay_id"));

    assertThat(failure.code()).isEqualTo("MALFORMED_REPLY");
    assertThat(failure.retryable()).isTrue();
  }

  @Test
  void otherErrorsPassThrough() {
    IllegalStateException error = new IllegalStateException("bug");

    assertThat(WeChatPayErrors.toPrepayFailure(error)).isSameAs(error);
  }
}
