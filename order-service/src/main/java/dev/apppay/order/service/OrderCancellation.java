package dev.apppay.order.service;

import dev.apppay.events.OrderCancelled;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Cancels a user's open order by storing {@code OrderCancelled}, on which query-service closes the
 * order at WeChat Pay.
 *
 * <p>An {@code AWAITING_PAYMENT} order stays in that status until {@code PaymentClosed} arrives,
 * because the user may have paid a moment before. A {@code CREATED} order has no prepay the user
 * could pay, so it closes at once; the event still goes out in case a prepay call whose reply was
 * lost did create one at WeChat Pay.
 */
@ApplicationScoped
public class OrderCancellation {

  static final String REASON = "cancelled by the user";

  private final OrderRepository orders;
  private final OrderTransitions transitions;
  private final Outbox outbox;

  public OrderCancellation(OrderRepository orders, OrderTransitions transitions, Outbox outbox) {
    this.orders = orders;
    this.transitions = transitions;
    this.outbox = outbox;
  }

  /**
   * Cancels the order and returns it; a repeated cancel changes nothing.
   *
   * @throws OrderNotFoundException when it does not exist or belongs to another user
   * @throws OrderNotCancellableException when it is neither {@code CREATED} nor {@code
   *     AWAITING_PAYMENT}
   */
  public Uni<Order> cancel(UUID id, String userId) {
    return Panache.withTransaction(
        () ->
            orders
                .findOwnedForUpdate(id, userId)
                .onItem()
                .ifNull()
                .failWith(OrderNotFoundException::new)
                .chain(this::cancelLocked));
  }

  private Uni<Order> cancelLocked(Order order) {
    if (isCancelledBefore(order)) {
      return Uni.createFrom().item(order);
    }
    if (!order.status.isOpen()) {
      return Uni.createFrom().failure(new OrderNotCancellableException(order.status));
    }
    // Microseconds, as PostgreSQL stores them, so a repeated cancel returns the same body.
    order.cancelRequestedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Log.infof("Order %s (%s) cancel requested in %s", order.id, order.outTradeNo, order.status);
    return closeIfNoPrepay(order)
        .chain(() -> outbox.add(order.outTradeNo, new OrderCancelled(order.id.toString(), REASON)))
        .replaceWith(order);
  }

  /**
   * Returns whether an earlier cancel already stored the event, so a retried cancel changes
   * nothing.
   */
  private static boolean isCancelledBefore(Order order) {
    boolean stillCancellable = order.status.isOpen() || order.status == OrderStatus.CLOSED;
    return order.cancelRequestedAt != null && stillCancellable;
  }

  private Uni<Void> closeIfNoPrepay(Order order) {
    if (order.status != OrderStatus.CREATED) {
      return Uni.createFrom().voidItem();
    }
    order.closedAt = order.cancelRequestedAt;
    return transitions.move(order, OrderStatus.CLOSED, null, REASON).replaceWithVoid();
  }
}
