package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.service.OrderPlacement.Placement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Creates orders: stores the order, then gets its prepay. A repeated request with the same {@code
 * Idempotency-Key} returns the same order, and retries the prepay while the order has no APP
 * parameters.
 */
@ApplicationScoped
public class OrderService {

  /** prepay-service rejects an expiry closer than this, as WeChat Pay does. */
  static final Duration MIN_TIME_TO_EXPIRY = Duration.ofMinutes(1);

  private final OrderPlacement placement;
  private final PrepayStep prepayStep;

  public OrderService(OrderPlacement placement, PrepayStep prepayStep) {
    this.placement = placement;
    this.prepayStep = prepayStep;
  }

  /**
   * Returns the request's order with its prepay, and whether this request created the order.
   *
   * @throws OrderPrepayFailedException when the order is stored but its prepay failed
   * @throws OrderExpiredException when a retried order expired before it got a prepay
   */
  public Uni<Placement> place(NewOrder request) {
    return placement.placeOrFind(request).chain(this::ensurePrepay);
  }

  /**
   * Returns whether the order lacks the APP parameters the app needs to pay. An order may await
   * payment without them when {@code PrepayCreated} arrived but the reply of prepay-service was
   * lost.
   */
  private static boolean needsPrepay(Order order) {
    boolean awaitingWithoutParams =
        order.status == OrderStatus.AWAITING_PAYMENT
            && order.appParams == null
            && order.cancelRequestedAt == null;
    return order.status == OrderStatus.CREATED || awaitingWithoutParams;
  }

  private Uni<Placement> ensurePrepay(Placement placed) {
    Order order = placed.order();
    if (!needsPrepay(order)) {
      return Uni.createFrom().item(placed);
    }
    if (Instant.now().plus(MIN_TIME_TO_EXPIRY).isAfter(order.expiresAt)) {
      return Uni.createFrom().failure(new OrderExpiredException(order.id.toString()));
    }
    return prepayStep
        .requestPrepay(order)
        .map(withPrepay -> new Placement(withPrepay, placed.created()));
  }
}
