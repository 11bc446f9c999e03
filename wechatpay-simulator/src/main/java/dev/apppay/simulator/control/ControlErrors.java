package dev.apppay.simulator.control;

import dev.apppay.simulator.order.OrderException;

/** Maps order rule violations to control API errors. */
final class ControlErrors {

  private ControlErrors() {}

  static ControlError of(OrderException exception) {
    String message = exception.getMessage();
    return switch (exception.error()) {
      case ORDER_NOT_EXIST -> new ControlError(404, "ORDER_NOT_EXIST", message);
      case PREPAY_NOT_EXIST -> new ControlError(404, "PREPAY_NOT_EXIST", message);
      case PREPAY_EXPIRED -> new ControlError(409, "PREPAY_EXPIRED", message);
      case ORDER_PAID -> new ControlError(409, "ORDER_PAID", message);
      case ORDER_CLOSED -> new ControlError(409, "ORDER_CLOSED", message);
      case ORDER_PAY_ERROR -> new ControlError(409, "ORDER_PAY_ERROR", message);
      case OUT_TRADE_NO_USED -> new ControlError(409, "OUT_TRADE_NO_USED", message);
    };
  }
}
