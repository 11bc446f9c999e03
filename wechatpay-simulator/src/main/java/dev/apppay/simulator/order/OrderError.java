package dev.apppay.simulator.order;

/** Business reasons for which WeChat Pay rejects an operation on an order. */
public enum OrderError {
  /** No order with that out_trade_no or transaction_id for this merchant. */
  ORDER_NOT_EXIST,
  /** The order is paid, so it cannot be created again, closed or paid again. */
  ORDER_PAID,
  /** The order is closed, so it cannot be created again or paid. */
  ORDER_CLOSED,
  /** The payment failed, so the out_trade_no cannot be used again. */
  ORDER_PAY_ERROR,
  /** The out_trade_no was used before with different business parameters. */
  OUT_TRADE_NO_USED,
  /** The prepay_id is unknown or was replaced by a newer one. */
  PREPAY_NOT_EXIST,
  /** The prepay session is older than its lifetime or the order's time_expire has passed. */
  PREPAY_EXPIRED
}
