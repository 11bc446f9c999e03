package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.client.PaymentStatusClient;
import dev.apppay.order.client.PaymentStatusReply;
import dev.apppay.order.repository.OrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads a user's orders; another user's order is not found. */
@ApplicationScoped
public class OrderQueries {

  private final OrderRepository orders;
  private final PaymentStatusClient paymentStatus;

  public OrderQueries(OrderRepository orders, PaymentStatusClient paymentStatus) {
    this.orders = orders;
    this.paymentStatus = paymentStatus;
  }

  /**
   * Returns the user's order.
   *
   * @throws OrderNotFoundException when it does not exist or belongs to another user
   */
  public Uni<Order> findOwned(UUID id, String userId) {
    return Panache.withSession(() -> orders.findOwned(id, userId))
        .onItem()
        .ifNull()
        .failWith(OrderNotFoundException::new);
  }

  /**
   * Returns the user's order after query-service checked WeChat Pay. The check publishes its
   * findings as events, which change the stored order later; a payment that query-service reports
   * with the order's amount shows as {@code PAID} at once.
   */
  public Uni<OrderView> findRefreshed(UUID id, String userId) {
    return findOwned(id, userId).chain(this::refresh);
  }

  /** Returns a page of the user's orders, newest first. */
  public Uni<OrderPage> listPage(String userId, int page, int size) {
    return Panache.withSession(
        () ->
            orders
                .listPage(userId, page, size)
                .chain(
                    list ->
                        orders
                            .countByUser(userId)
                            .map(total -> new OrderPage(list, page, size, total))));
  }

  private Uni<OrderView> refresh(Order order) {
    if (!order.status.isOpen()) {
      return Uni.createFrom().item(OrderView.of(order));
    }
    return paymentStatus.refresh(order.outTradeNo).map(reply -> viewOf(order, reply));
  }

  private static OrderView viewOf(Order order, Optional<PaymentStatusReply> reply) {
    boolean paid = reply.map(PaymentStatusReply::isPaid).orElse(false);
    if (!paid) {
      return OrderView.of(order);
    }
    Long amount = reply.get().amountFen();
    if (amount == null || amount != order.amountFen) {
      Log.warnf(
          "query-service reports order %s (%s) paid with %s fen instead of %d",
          order.id, order.outTradeNo, amount, order.amountFen);
      return OrderView.of(order);
    }
    return new OrderView(order, OrderStatus.PAID);
  }
}
