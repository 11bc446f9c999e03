package dev.apppay.query.messaging;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.InvalidEventException;
import dev.apppay.events.inbox.IdempotentConsumer;
import dev.apppay.query.service.PaymentView;
import dev.apppay.wechatpay.util.WeChatIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies one Kafka record to the payment view in one transaction that also records the event id,
 * so a redelivered event changes nothing.
 *
 * <p>An unreadable record is logged and skipped, since no retry can make it readable. A database
 * failure is retried with backoff. After the last retry the record is nacked, and the Kafka
 * connector's default failure strategy ({@code fail}) stops the channel rather than skip an event.
 */
@ApplicationScoped
public class EventApplier {

  private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
  private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(10);
  private static final int MAX_RETRIES = 10;

  private final IdempotentConsumer idempotentConsumer;
  private final PaymentView view;

  public EventApplier(IdempotentConsumer idempotentConsumer, PaymentView view) {
    this.idempotentConsumer = idempotentConsumer;
    this.view = view;
  }

  /** Applies the record's event once, and completes when it is committed or skipped. */
  public Uni<Void> apply(ConsumerRecord<String, String> record) {
    EventEnvelope envelope = decode(record);
    if (envelope == null) {
      return Uni.createFrom().voidItem();
    }
    return Panache.withTransaction(
            () -> idempotentConsumer.applyOnce(envelope.id(), () -> view.apply(envelope)))
        .invoke(applied -> logSkippedDuplicate(applied, envelope))
        .onFailure()
        .invoke(
            e -> Log.warnf("Applying event %s failed, retrying: %s", envelope.id(), e.toString()))
        .onFailure()
        .retry()
        .withBackOff(FIRST_RETRY_DELAY, MAX_RETRY_DELAY)
        .atMost(MAX_RETRIES)
        .replaceWithVoid();
  }

  private static EventEnvelope decode(ConsumerRecord<String, String> record) {
    String position = record.topic() + "-" + record.partition() + "@" + record.offset();
    try {
      EventEnvelope envelope = EventCodec.decode(record.value());
      if (!WeChatIds.isValidOutTradeNo(envelope.outTradeNo())) {
        Log.errorf("Skipping event %s at %s: invalid outTradeNo", envelope.id(), position);
        return null;
      }
      return envelope;
    } catch (InvalidEventException | NullPointerException e) {
      Log.errorf(
          "Skipping unreadable event at %s with key %s: %s",
          position, record.key(), e.getMessage());
      return null;
    }
  }

  private static void logSkippedDuplicate(boolean applied, EventEnvelope envelope) {
    if (!applied) {
      Log.debugf("Ignored redelivered event %s of order %s", envelope.id(), envelope.outTradeNo());
    }
  }
}
