package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.client.PrepayClient;
import dev.apppay.order.client.PrepayFailedException;
import dev.apppay.order.client.PrepayReply;
import dev.apppay.order.client.PrepayRequest;
import dev.apppay.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.TreeMap;

/**
 * Gets a prepay for a {@code CREATED} order and moves it to {@code AWAITING_PAYMENT}.
 *
 * <p>prepay-service is called outside any transaction. Every call for one order sends the same
 * parameters, so prepay-service returns the same live prepay to a retry.
 */
@ApplicationScoped
public class PrepayStep {

  private final PrepayClient prepays;
  private final OrderRepository orders;
  private final OrderTransitions transitions;

  public PrepayStep(PrepayClient prepays, OrderRepository orders, OrderTransitions transitions) {
    this.prepays = prepays;
    this.orders = orders;
    this.transitions = transitions;
  }

  /**
   * Returns the order with its prepay recorded.
   *
   * @throws OrderPrepayFailedException when prepay-service failed; the order stays {@code CREATED}
   */
  public Uni<Order> requestPrepay(Order order) {
    return prepays
        .create(requestOf(order))
        .onFailure(PrepayFailedException.class)
        .transform(error -> new OrderPrepayFailedException(order, (PrepayFailedException) error))
        .chain(reply -> Panache.withTransaction(() -> record(order, reply)));
  }

  private Uni<Order> record(Order order, PrepayReply reply) {
    return orders.findByIdForUpdate(order.id).chain(locked -> recordLocked(locked, reply));
  }

  private Uni<Order> recordLocked(Order order, PrepayReply reply) {
    // The order may have moved meanwhile: PrepayCreated may have arrived first, or a cancel.
    if (order.status == OrderStatus.CREATED) {
      storePrepay(order, reply);
      return transitions
          .move(order, OrderStatus.AWAITING_PAYMENT, null, "prepay created")
          .replaceWith(order);
    }
    if (order.status == OrderStatus.AWAITING_PAYMENT) {
      storePrepay(order, reply);
    }
    return Uni.createFrom().item(order);
  }

  private static void storePrepay(Order order, PrepayReply reply) {
    order.prepayId = reply.prepayId();
    order.appParams = reply.appParams() == null ? null : new TreeMap<>(reply.appParams());
  }

  private static PrepayRequest requestOf(Order order) {
    return new PrepayRequest(
        order.outTradeNo,
        order.description,
        order.amountFen,
        order.currency,
        order.clientIp,
        order.expiresAt);
  }
}
