package dev.apppay.order.service;

import dev.apppay.order.OrderStatus;

/** A cancel request for an order that is no longer open. */
public class OrderNotCancellableException extends RuntimeException {

  public OrderNotCancellableException(OrderStatus status) {
    super(
        "Order is "
            + status
            + " and cannot be cancelled; only CREATED and AWAITING_PAYMENT orders can");
  }
}
