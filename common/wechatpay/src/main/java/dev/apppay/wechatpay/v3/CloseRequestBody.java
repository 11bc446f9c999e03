package dev.apppay.wechatpay.v3;

/** The JSON body of {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}. */
public record CloseRequestBody(String mchid) {

  /** Builds the request path for an order number that the caller has validated. */
  public static String path(String outTradeNo) {
    return "/v3/pay/transactions/out-trade-no/" + outTradeNo + "/close";
  }
}
