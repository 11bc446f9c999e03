package dev.apppay.events;

import java.time.Instant;

/** An order was stored and priced; the app is about to pay {@code amountFen}. */
public record OrderCreated(
    String orderId,
    String userId,
    long amountFen,
    String currency,
    String description,
    Instant expiresAt)
    implements Event {

  @Override
  public EventType type() {
    return EventType.OrderCreated;
  }
}
