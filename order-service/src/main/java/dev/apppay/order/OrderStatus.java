package dev.apppay.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of an order. {@link #canMoveTo} is the complete list of legal transitions; any
 * other change is rejected.
 */
public enum OrderStatus {
  /** Stored and priced; no prepay yet, for example because the prepay call failed. */
  CREATED,
  /** A prepay exists and the app may pay. */
  AWAITING_PAYMENT,
  /** Paid with the amount, currency and merchant ids that were charged. */
  PAID,
  /** Closed at WeChat Pay, or closed before any prepay existed. */
  CLOSED,
  /** Paid after it was closed; needs a refund or a review. */
  PAID_AFTER_CLOSE,
  /** A payment whose amount, currency, AppID or merchant id differs from the order. */
  ANOMALY;

  /** Returns whether an order in this status may move to {@code next}. */
  public boolean canMoveTo(OrderStatus next) {
    return successors().contains(next);
  }

  private Set<OrderStatus> successors() {
    return switch (this) {
      // A CREATED order may be paid: its prepay may exist at WeChat Pay although the reply of
      // prepay-service was lost.
      case CREATED -> EnumSet.of(AWAITING_PAYMENT, PAID, CLOSED, ANOMALY);
      case AWAITING_PAYMENT -> EnumSet.of(PAID, CLOSED, ANOMALY);
      case CLOSED -> EnumSet.of(PAID_AFTER_CLOSE, ANOMALY);
      case PAID, PAID_AFTER_CLOSE, ANOMALY -> EnumSet.noneOf(OrderStatus.class);
    };
  }

  /** Returns whether the order may still be paid or cancelled. */
  public boolean isOpen() {
    return this == CREATED || this == AWAITING_PAYMENT;
  }
}
