package dev.apppay.simulator;

/** WeChat Pay's trade_state values that an APP payment order can take. */
public enum TradeState {
  NOTPAY("订单未支付"),
  USERPAYING("用户支付中"),
  SUCCESS("支付成功"),
  PAYERROR("支付失败"),
  CLOSED("订单已关闭"),
  REFUND("转入退款");

  private final String description;

  TradeState(String description) {
    this.description = description;
  }

  /** Returns the trade_state_desc text WeChat Pay sends with this state. */
  public String description() {
    return description;
  }

  /** Returns whether the user can still pay an order in this state. */
  public boolean isPayable() {
    return this == NOTPAY || this == USERPAYING;
  }

  /** Returns whether the order has been paid (a refunded order was paid first). */
  public boolean isPaid() {
    return this == SUCCESS || this == REFUND;
  }
}
