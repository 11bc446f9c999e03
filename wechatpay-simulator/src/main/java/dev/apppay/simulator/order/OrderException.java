package dev.apppay.simulator.order;

/** Raised when an order operation is rejected for a business reason. */
public final class OrderException extends Exception {

  private final OrderError error;

  public OrderException(OrderError error, String message) {
    super(message);
    this.error = error;
  }

  /** Returns the business reason of the rejection. */
  public OrderError error() {
    return error;
  }
}
