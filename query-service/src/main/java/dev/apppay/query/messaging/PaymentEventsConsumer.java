package dev.apppay.query.messaging;

import dev.apppay.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the payment events of prepay-service, notify-service and this service itself. Its own
 * events find the row already changed and change nothing.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

  private final EventApplier applier;

  public PaymentEventsConsumer(EventApplier applier) {
    this.applier = applier;
  }

  @Incoming(Topics.PAYMENT_EVENTS)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return applier.apply(record);
  }
}
