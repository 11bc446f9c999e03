package dev.apppay.order.messaging;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.InvalidEventException;
import dev.apppay.events.inbox.IdempotentConsumer;
import dev.apppay.order.service.PaymentEventHandler;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies one Kafka record in one transaction that also records the event id, so a redelivered
 * event changes nothing.
 *
 * <p>An unreadable record is logged without its value and skipped, since no retry can make it
 * readable. A failed transaction, for example while the database is down, is retried with backoff.
 * After the last retry the record is nacked: the channel stops and the service reports itself
 * unhealthy, and the uncommitted offset makes Kafka deliver the event again after a restart.
 */
@ApplicationScoped
public class PaymentEventApplier {

  private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
  private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(10);
  private static final int MAX_RETRIES = 10;

  private final IdempotentConsumer idempotentConsumer;
  private final PaymentEventHandler handler;

  public PaymentEventApplier(IdempotentConsumer idempotentConsumer, PaymentEventHandler handler) {
    this.idempotentConsumer = idempotentConsumer;
    this.handler = handler;
  }

  /** Applies the record's event once; completes when it is committed or skipped. */
  public Uni<Void> apply(ConsumerRecord<String, String> record) {
    EventEnvelope event = decode(record);
    if (event == null) {
      return Uni.createFrom().voidItem();
    }
    return applyOnce(event)
        .onFailure()
        .invoke(e -> Log.warnf("Applying event %s failed, retrying: %s", event.id(), e.toString()))
        .onFailure()
        .retry()
        .withBackOff(FIRST_RETRY_DELAY, MAX_RETRY_DELAY)
        .atMost(MAX_RETRIES)
        .replaceWithVoid();
  }

  /** Applies the event in its own transaction unless its id was applied before. */
  public Uni<Boolean> applyOnce(EventEnvelope event) {
    return Panache.withTransaction(
            () -> idempotentConsumer.applyOnce(event.id(), () -> handler.apply(event)))
        .invoke(applied -> logDuplicate(applied, event));
  }

  private static EventEnvelope decode(ConsumerRecord<String, String> record) {
    try {
      return EventCodec.decode(record.value());
    } catch (InvalidEventException e) {
      // The parser's message may quote the record's value, so only its type is logged.
      Log.errorf(
          "Skipped unreadable record at %s-%d@%d with key %s: %s",
          record.topic(), record.partition(), record.offset(), record.key(), causeType(e));
      return null;
    }
  }

  private static String causeType(InvalidEventException error) {
    Throwable cause = error.getCause() == null ? error : error.getCause();
    return cause.getClass().getSimpleName();
  }

  private static void logDuplicate(boolean applied, EventEnvelope event) {
    if (!applied) {
      Log.infof("Ignored redelivered event %s of order %s", event.id(), event.outTradeNo());
    }
  }
}
