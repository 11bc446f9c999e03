package dev.apppay.simulator.notify;

/** Where a notification's delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its next attempt. */
  PENDING,
  /** The merchant acknowledged it in the protocol's form. */
  ACKNOWLEDGED,
  /** Every attempt of the retry schedule failed. */
  EXHAUSTED
}
