package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.client.PrepayFailedException;

/** The order was stored, but it has no prepay because the prepay call failed. */
public class OrderPrepayFailedException extends RuntimeException {

  private final String orderId;
  private final String outTradeNo;

  public OrderPrepayFailedException(Order order, PrepayFailedException cause) {
    super(cause.getMessage(), cause);
    this.orderId = order.id.toString();
    this.outTradeNo = order.outTradeNo;
  }

  public PrepayFailedException prepayFailure() {
    return (PrepayFailedException) getCause();
  }

  public String orderId() {
    return orderId;
  }

  public String outTradeNo() {
    return outTradeNo;
  }
}
