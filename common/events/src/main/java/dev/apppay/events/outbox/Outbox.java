package dev.apppay.events.outbox;

import dev.apppay.events.Event;
import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Adds events to the outbox table. Call it inside the transaction that changes the state the event
 * reports, so both commit or neither does.
 */
@ApplicationScoped
public class Outbox {

  /** Stores {@code event} for {@code outTradeNo} and returns its envelope. */
  public Uni<EventEnvelope> add(String outTradeNo, Event event) {
    EventEnvelope envelope = EventEnvelope.of(outTradeNo, event);
    OutboxEvent row = new OutboxEvent();
    row.id = envelope.id();
    row.topic = envelope.topic();
    row.key = outTradeNo;
    row.type = envelope.type().name();
    row.payload = EventCodec.encode(envelope);
    row.createdAt = Instant.now();
    return Panache.getSession().chain(session -> session.persist(row)).replaceWith(envelope);
  }
}
