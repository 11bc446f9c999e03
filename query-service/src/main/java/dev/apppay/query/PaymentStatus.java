package dev.apppay.query;

/** The payment state of an order as the view reports it. */
public enum PaymentStatus {
  AWAITING_PAYMENT,
  PAID,
  CLOSED,
  FAILED
}
