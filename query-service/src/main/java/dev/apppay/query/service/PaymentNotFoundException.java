package dev.apppay.query.service;

/** No order with the requested out_trade_no is in the payment view. */
public class PaymentNotFoundException extends RuntimeException {

  private final String outTradeNo;

  public PaymentNotFoundException(String outTradeNo) {
    super("No payment for order " + outTradeNo);
    this.outTradeNo = outTradeNo;
  }

  public String outTradeNo() {
    return outTradeNo;
  }
}
