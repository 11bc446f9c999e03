package dev.apppay.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as it travels on Kafka, keyed by {@code outTradeNo}.
 *
 * @param id unique per event; consumers record it to ignore redelivery
 * @param version schema version of the payload
 */
public record EventEnvelope(
    UUID id, EventType type, int version, String outTradeNo, Instant occurredAt, Event payload) {

  /** Wraps {@code payload} in a new envelope with a fresh id and the current time. */
  public static EventEnvelope of(String outTradeNo, Event payload) {
    return new EventEnvelope(
        UUID.randomUUID(),
        payload.type(),
        EventType.CURRENT_VERSION,
        outTradeNo,
        Instant.now(),
        payload);
  }

  public String topic() {
    return type.topic();
  }
}
