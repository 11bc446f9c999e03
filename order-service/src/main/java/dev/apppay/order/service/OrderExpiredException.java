package dev.apppay.order.service;

/** A retried order creation whose order is too close to its expiry to get a prepay. */
public class OrderExpiredException extends RuntimeException {

  private final String orderId;

  public OrderExpiredException(String orderId) {
    super(
        "Order has expired before it got a prepay; create a new order with a new Idempotency-Key");
    this.orderId = orderId;
  }

  public String orderId() {
    return orderId;
  }
}
