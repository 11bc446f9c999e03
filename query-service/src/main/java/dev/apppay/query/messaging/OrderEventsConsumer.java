package dev.apppay.query.messaging;

import dev.apppay.events.Topics;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code OrderCreated} and {@code OrderCancelled} from order-service. */
@ApplicationScoped
public class OrderEventsConsumer {

  private final EventApplier applier;

  public OrderEventsConsumer(EventApplier applier) {
    this.applier = applier;
  }

  @Incoming(Topics.ORDER_EVENTS)
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return applier.apply(record);
  }
}
