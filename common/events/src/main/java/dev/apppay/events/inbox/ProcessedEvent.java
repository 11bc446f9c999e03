package dev.apppay.events.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event id this service has applied, recorded in the same transaction as the effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

  @Id
  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "processed_at", nullable = false)
  public Instant processedAt;
}
