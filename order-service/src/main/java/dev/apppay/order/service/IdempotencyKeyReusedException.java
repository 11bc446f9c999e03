package dev.apppay.order.service;

/** An {@code Idempotency-Key} that the user already sent with other order items. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException() {
    super(
        "Idempotency-Key was already used for a request with other items;"
            + " send a new key for a new order");
  }
}
