package dev.apppay.simulator.v2;

import dev.apppay.simulator.order.OrderException;

/** Maps order rule violations to v2 err_code values and WeChat Pay's descriptions. */
final class V2Errors {

  private V2Errors() {}

  static V2BusinessError of(OrderException exception) {
    return switch (exception.error()) {
      case ORDER_NOT_EXIST -> new V2BusinessError("ORDERNOTEXIST", "此交易订单号不存在");
      case ORDER_PAID -> new V2BusinessError("ORDERPAID", "该订单已支付");
      case ORDER_CLOSED -> new V2BusinessError("ORDERCLOSED", "该订单已关闭");
      case OUT_TRADE_NO_USED -> new V2BusinessError("OUT_TRADE_NO_USED", "商户订单号重复");
      case ORDER_PAY_ERROR, PREPAY_NOT_EXIST, PREPAY_EXPIRED ->
          new V2BusinessError("INVALID_REQUEST", exception.getMessage());
    };
  }

  /** The reply to an unknown failure, which the merchant must retry or resolve by a query. */
  static V2BusinessError systemError() {
    return new V2BusinessError("SYSTEMERROR", "系统错误");
  }
}
