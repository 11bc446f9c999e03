package dev.apppay.query.client;

/** The result of a close request that did not fail with a retryable error. */
public enum CloseOutcome {
  /** The order was open and is now closed. */
  CLOSED,
  /** The order was closed before (v2 {@code ORDERCLOSED}, v3 {@code ORDER_CLOSED}). */
  ALREADY_CLOSED,
  /** The order is paid (v2 and v3 {@code ORDERPAID}), so it stays open. */
  PAID,
  /** WeChat Pay has no such order, so nothing can be paid under this number. */
  NOT_FOUND,
  /** A different, final business error, so only a query can tell the order's state. */
  REJECTED
}
