package dev.apppay.events;

import java.time.Instant;

/** WeChat Pay confirmed the order closed, so it can no longer be paid. */
public record PaymentClosed(Instant closedAt, String reason) implements Event {

  @Override
  public EventType type() {
    return EventType.PaymentClosed;
  }
}
