package dev.apppay.order.service;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.PrepayCreated;
import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.config.MerchantAccount;
import dev.apppay.order.repository.OrderRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Applies payment events to the order they name; call inside the transaction that records the event
 * id. The order row is locked first, so events and API calls for one order apply one at a time.
 *
 * <p>{@code PaymentFailed} records the trade state and leaves an open order open. It reports one
 * failed attempt, after which the user may still pay the same prepay. If the user never pays,
 * query-service closes the order at its expiry.
 */
@ApplicationScoped
public class PaymentEventHandler {

  private final OrderRepository orders;
  private final OrderTransitions transitions;
  private final MerchantAccount merchant;

  public PaymentEventHandler(
      OrderRepository orders, OrderTransitions transitions, MerchantAccount merchant) {
    this.orders = orders;
    this.transitions = transitions;
    this.merchant = merchant;
  }

  /** Applies one event; an event for an unknown order or of another topic changes nothing. */
  public Uni<Void> apply(EventEnvelope event) {
    return orders
        .findByOutTradeNoForUpdate(event.outTradeNo())
        .chain(order -> order == null ? unknownOrder(event) : apply(order, event));
  }

  private Uni<Void> apply(Order order, EventEnvelope event) {
    UUID id = event.id();
    return switch (event.type()) {
      case PrepayCreated -> onPrepayCreated(order, (PrepayCreated) event.payload(), id);
      case PaymentSucceeded -> onPaymentSucceeded(order, (PaymentSucceeded) event.payload(), id);
      case PaymentClosed -> onPaymentClosed(order, (PaymentClosed) event.payload(), id);
      case PaymentFailed -> onPaymentFailed(order, (PaymentFailed) event.payload(), id);
      case OrderCreated, OrderCancelled -> ignored(order, event, "not a payment event");
    };
  }

  private Uni<Void> onPrepayCreated(Order order, PrepayCreated prepay, UUID eventId) {
    if (!order.status.isOpen()) {
      return ignored(order, eventId, "PrepayCreated");
    }
    order.prepayId = prepay.prepayId();
    if (order.status == OrderStatus.AWAITING_PAYMENT) {
      return Uni.createFrom().voidItem();
    }
    return move(order, OrderStatus.AWAITING_PAYMENT, eventId, "prepay created");
  }

  private Uni<Void> onPaymentSucceeded(Order order, PaymentSucceeded payment, UUID eventId) {
    List<String> mismatches = PaymentCheck.mismatches(order, payment, merchant);
    if (!mismatches.isEmpty()) {
      return onMismatch(order, payment, eventId, mismatches);
    }
    if (isRecorded(order, payment)) {
      Log.infof("Order %s already paid by %s", order.outTradeNo, payment.transactionId());
      return Uni.createFrom().voidItem();
    }
    OrderStatus next =
        order.status == OrderStatus.CLOSED ? OrderStatus.PAID_AFTER_CLOSE : OrderStatus.PAID;
    return transitions
        .move(order, next, eventId, "paid via " + payment.source())
        .invoke(applied -> recordPayment(applied, order, payment))
        .replaceWithVoid();
  }

  private Uni<Void> onMismatch(
      Order order, PaymentSucceeded payment, UUID eventId, List<String> mismatches) {
    Log.warnf(
        "Payment %s of order %s (%s) does not match the order in %s; event %s",
        payment.transactionId(), order.id, order.outTradeNo, mismatches, eventId);
    String reason = "payment mismatch in " + String.join(", ", mismatches);
    return transitions
        .move(order, OrderStatus.ANOMALY, eventId, reason)
        .invoke(applied -> recordPayment(applied, order, payment))
        .replaceWithVoid();
  }

  private Uni<Void> onPaymentClosed(Order order, PaymentClosed closed, UUID eventId) {
    if (order.status == OrderStatus.CLOSED) {
      return ignored(order, eventId, "PaymentClosed of a closed order");
    }
    Instant closedAt = closed.closedAt() == null ? Instant.now() : closed.closedAt();
    return transitions
        .move(order, OrderStatus.CLOSED, eventId, "closed at WeChat Pay: " + closed.reason())
        .invoke(applied -> recordClose(applied, order, closedAt))
        .replaceWithVoid();
  }

  private Uni<Void> onPaymentFailed(Order order, PaymentFailed failed, UUID eventId) {
    if (!order.status.isOpen()) {
      return ignored(order, eventId, "PaymentFailed");
    }
    Log.infof(
        "Payment attempt for order %s failed with %s; the order stays %s",
        order.outTradeNo, failed.tradeState(), order.status);
    order.failureReason = failed.tradeState();
    return Uni.createFrom().voidItem();
  }

  private Uni<Void> move(Order order, OrderStatus next, UUID eventId, String reason) {
    return transitions.move(order, next, eventId, reason).replaceWithVoid();
  }

  private static boolean isRecorded(Order order, PaymentSucceeded payment) {
    boolean paid = order.status == OrderStatus.PAID || order.status == OrderStatus.PAID_AFTER_CLOSE;
    return paid
        && payment.transactionId() != null
        && payment.transactionId().equals(order.transactionId);
  }

  private static void recordPayment(boolean applied, Order order, PaymentSucceeded payment) {
    if (applied) {
      order.transactionId = payment.transactionId();
      order.paidAt = payment.paidAt();
    }
  }

  private static void recordClose(boolean applied, Order order, Instant closedAt) {
    if (applied) {
      order.closedAt = closedAt;
    }
  }

  private static Uni<Void> unknownOrder(EventEnvelope event) {
    Log.warnf(
        "Ignored %s event %s of unknown order %s", event.type(), event.id(), event.outTradeNo());
    return Uni.createFrom().voidItem();
  }

  private static Uni<Void> ignored(Order order, UUID eventId, String eventName) {
    Log.infof(
        "Ignored %s event %s for order %s in %s",
        eventName, eventId, order.outTradeNo, order.status);
    return Uni.createFrom().voidItem();
  }

  private static Uni<Void> ignored(Order order, EventEnvelope event, String reason) {
    Log.warnf(
        "Ignored %s event %s for order %s: %s", event.type(), event.id(), order.outTradeNo, reason);
    return Uni.createFrom().voidItem();
  }
}
