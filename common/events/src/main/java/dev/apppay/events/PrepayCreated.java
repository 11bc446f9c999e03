package dev.apppay.events;

import java.time.Instant;

/** WeChat Pay accepted the unified order and returned a prepay id valid until {@code expiresAt}. */
public record PrepayCreated(
    String prepayId,
    String apiVersion,
    String appId,
    String mchId,
    long amountFen,
    Instant expiresAt)
    implements Event {

  @Override
  public EventType type() {
    return EventType.PrepayCreated;
  }
}
