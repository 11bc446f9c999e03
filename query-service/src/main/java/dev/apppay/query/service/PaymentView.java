package dev.apppay.query.service;

import dev.apppay.events.EventEnvelope;
import dev.apppay.events.OrderCancelled;
import dev.apppay.events.OrderCreated;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.PrepayCreated;
import dev.apppay.query.Payment;
import dev.apppay.query.repository.PaymentRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Applies order and payment events to the payment view. Events of one order may arrive in any order
 * across the two topics, so each event creates the row when it is missing and fills in only the
 * fields it carries. A payment always wins over a close or a failure.
 */
@ApplicationScoped
public class PaymentView {

  private final PaymentRepository repository;
  private final CheckSchedule schedule;

  public PaymentView(PaymentRepository repository, CheckSchedule schedule) {
    this.repository = repository;
    this.schedule = schedule;
  }

  /** Applies one event. Call it inside a transaction. */
  public Uni<Void> apply(EventEnvelope envelope) {
    Instant now = Instant.now();
    return repository
        .lockOrCreate(envelope.outTradeNo(), now)
        .invoke(payment -> merge(payment, envelope, now))
        .invoke(
            payment ->
                Log.infof(
                    "Applied %s %s to order %s: status %s",
                    envelope.type(), envelope.id(), envelope.outTradeNo(), payment.status))
        .replaceWithVoid();
  }

  private void merge(Payment payment, EventEnvelope envelope, Instant now) {
    switch (envelope.type()) {
      case OrderCreated -> orderCreated(payment, (OrderCreated) envelope.payload(), envelope);
      case PrepayCreated -> prepayCreated(payment, (PrepayCreated) envelope.payload());
      case OrderCancelled -> orderCancelled(payment, (OrderCancelled) envelope.payload(), now);
      case PaymentSucceeded ->
          paymentSucceeded(payment, (PaymentSucceeded) envelope.payload(), now);
      case PaymentClosed -> payment.markClosed(now);
      case PaymentFailed -> payment.markFailed(now);
    }
    payment.updatedAt = now;
  }

  private void orderCreated(Payment payment, OrderCreated event, EventEnvelope envelope) {
    payment.orderId = event.orderId();
    payment.amountFen = event.amountFen();
    payment.currency = event.currency();
    payment.expiresAt = event.expiresAt();
    if (envelope.occurredAt().isBefore(payment.createdAt)) {
      payment.createdAt = envelope.occurredAt();
    }
    scheduleFirstCheck(payment);
  }

  private void prepayCreated(Payment payment, PrepayCreated event) {
    // The order's own amount and expiry win, so the prepay's only fill in until OrderCreated.
    if (payment.amountFen == null) {
      payment.amountFen = event.amountFen();
    }
    if (payment.orderId == null && payment.expiresAt == null) {
      payment.expiresAt = event.expiresAt();
    }
    scheduleFirstCheck(payment);
  }

  private void orderCancelled(Payment payment, OrderCancelled event, Instant now) {
    if (payment.orderId == null) {
      payment.orderId = event.orderId();
    }
    if (payment.isAwaitingPayment()) {
      payment.cancelRequested = true;
      payment.nextCheckAt = now;
    }
  }

  private void paymentSucceeded(Payment payment, PaymentSucceeded event, Instant now) {
    if (payment.amountFen == null) {
      payment.amountFen = event.amountFen();
      payment.currency = event.currency();
    }
    payment.markPaid(event.transactionId(), event.paidAt(), event.amountFen(), now);
  }

  /** Schedules the first check, or brings the next one forward when the expiry came closer. */
  private void scheduleFirstCheck(Payment payment) {
    if (!payment.isAwaitingPayment()) {
      return;
    }
    Instant first = schedule.firstCheckAt(payment);
    if (payment.nextCheckAt == null || first.isBefore(payment.nextCheckAt)) {
      payment.nextCheckAt = first;
    }
  }
}
