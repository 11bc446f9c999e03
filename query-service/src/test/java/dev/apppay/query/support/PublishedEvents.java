package dev.apppay.query.support;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.EventType;
import dev.apppay.events.Topics;
import dev.apppay.testinfra.KafkaTestConsumer;
import java.time.Duration;
import java.util.List;

/** Reads what the service published on {@code payment-events}, from the real broker. */
public final class PublishedEvents {

  private PublishedEvents() {}

  /**
   * Waits up to {@code timeout} for more than {@code expected} events of {@code type} for the order
   * and returns all that arrived, so a duplicate shows up as one too many.
   */
  public static List<EventEnvelope> await(
      String bootstrapServers, String outTradeNo, EventType type, int expected, Duration timeout) {
    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      consumer.awaitRecords(outTradeNo, expected, value -> isType(value, type), timeout);
      return consumer
          .awaitRecords(
              outTradeNo, expected + 1, value -> isType(value, type), Duration.ofSeconds(2))
          .stream()
          .map(record -> EventCodec.decode(record.value()))
          .toList();
    }
  }

  private static boolean isType(String value, EventType type) {
    return EventCodec.decode(value).type() == type;
  }
}
