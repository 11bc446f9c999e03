package dev.apppay.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One status change of an order, written in the same transaction as the change. */
@Entity
@Table(name = "order_transition")
public class OrderTransition {

  // A sequence, unlike IDENTITY, lets Hibernate insert the row at flush, after the order it names.
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_transition_id")
  @SequenceGenerator(
      name = "order_transition_id",
      sequenceName = "order_transition_id_seq",
      allocationSize = 1)
  public Long id;

  @Column(name = "order_id", nullable = false)
  public UUID orderId;

  /** The previous status, or null for the creation of the order. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public OrderStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  public OrderStatus toStatus;

  /** The event that caused the change, or null for a change made by an API call. */
  @Column(name = "event_id")
  public UUID eventId;

  @Column(nullable = false)
  public String reason;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;
}
