package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.OrderTransition;
import dev.apppay.order.repository.OrderTransitionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Changes an order's status and records the change in {@code order_transition}; call inside the
 * transaction that locked the order. A transition that {@link OrderStatus#canMoveTo} forbids is
 * logged and not applied.
 */
@ApplicationScoped
public class OrderTransitions {

  private final OrderTransitionRepository history;
  private final MeterRegistry metrics;

  public OrderTransitions(OrderTransitionRepository history, MeterRegistry metrics) {
    this.history = history;
    this.metrics = metrics;
  }

  /** Records the creation of a new order in status {@code CREATED}. */
  public Uni<Void> recordCreated(Order order) {
    return persist(order.id, null, OrderStatus.CREATED, null, "order created");
  }

  /**
   * Moves the order to {@code next}.
   *
   * @param eventId the event that caused the change, or null for an API call
   * @return whether the transition was legal and applied
   */
  public Uni<Boolean> move(Order order, OrderStatus next, UUID eventId, String reason) {
    OrderStatus previous = order.status;
    if (!previous.canMoveTo(next)) {
      Log.warnf(
          "Rejected transition of order %s (%s) from %s to %s on event %s: %s",
          order.id, order.outTradeNo, previous, next, eventId, reason);
      return Uni.createFrom().item(false);
    }
    order.status = next;
    Log.infof(
        "Order %s (%s) moved from %s to %s: %s",
        order.id, order.outTradeNo, previous, next, reason);
    return persist(order.id, previous, next, eventId, reason).replaceWith(true);
  }

  private Uni<Void> persist(
      UUID orderId, OrderStatus from, OrderStatus to, UUID eventId, String reason) {
    OrderTransition transition = new OrderTransition();
    transition.orderId = orderId;
    transition.fromStatus = from;
    transition.toStatus = to;
    transition.eventId = eventId;
    transition.reason = reason;
    transition.occurredAt = Instant.now();
    // NOTE: counted before the commit, so a rolled-back transaction, such as one retried after a
    // database failure, counts its transition again.
    metrics.counter("apppay.order.transitions", "to", to.name()).increment();
    return history.persist(transition).replaceWithVoid();
  }
}
