package dev.apppay.events.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event written in the same transaction as the state change it reports, until it is sent. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id public UUID id;

  @Column(nullable = false)
  public String topic;

  @Column(name = "event_key", nullable = false)
  public String key;

  @Column(nullable = false)
  public String type;

  /** The whole {@link dev.apppay.events.EventEnvelope} as JSON. */
  @Column(nullable = false, columnDefinition = "text")
  public String payload;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;
}
