package dev.apppay.simulator.notify;

/** The result of sending one copy of a notification. */
public enum DeliveryOutcome {
  /** v2: HTTP 200 with return_code SUCCESS; v3: any 2xx status. */
  ACKNOWLEDGED,
  /** The merchant replied, but not with an acknowledgement. */
  REJECTED,
  /** No reply: connection error or timeout. */
  FAILED,
  /** Lost on purpose by a drop fault; it never reached the merchant. */
  DROPPED
}
