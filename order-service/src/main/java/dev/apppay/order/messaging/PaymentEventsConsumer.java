package dev.apppay.order.messaging;

import dev.apppay.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the payment events of prepay-service, notify-service and query-service. */
@ApplicationScoped
public class PaymentEventsConsumer {

  private final PaymentEventApplier applier;

  public PaymentEventsConsumer(PaymentEventApplier applier) {
    this.applier = applier;
  }

  @Incoming(Topics.PAYMENT_EVENTS)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return applier.apply(record);
  }
}
