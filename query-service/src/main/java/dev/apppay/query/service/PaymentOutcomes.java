package dev.apppay.query.service;

import dev.apppay.events.PaymentClosed;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.query.Payment;
import dev.apppay.query.repository.PaymentRepository;
import dev.apppay.wechatpay.Transaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies what WeChat Pay reported to the locked row and publishes an event through the outbox when
 * the status changes. Only an AWAITING_PAYMENT row changes, so a notification, a query and a
 * refresh that learn the same fact publish it once.
 */
@ApplicationScoped
public class PaymentOutcomes {

  /** The {@link PaymentClosed} reasons this service writes. */
  public static final String REASON_EXPIRED = "EXPIRED";

  public static final String REASON_CANCELLED = "CANCELLED";
  public static final String REASON_CLOSED_AT_WECHAT_PAY = "CLOSED_AT_WECHAT_PAY";

  private final PaymentRepository repository;
  private final Outbox outbox;

  public PaymentOutcomes(PaymentRepository repository, Outbox outbox) {
    this.repository = repository;
    this.outbox = outbox;
  }

  /**
   * Applies an order query result, empty when WeChat Pay has no such order. Call it inside a
   * transaction. The Uni emits the updated row, or null when the view has no such order.
   */
  public Uni<Payment> applyQuery(String outTradeNo, Optional<Transaction> found, Instant now) {
    return repository
        .lockExisting(outTradeNo)
        .chain(
            payment -> payment == null ? Uni.createFrom().nullItem() : apply(payment, found, now));
  }

  /** Records that WeChat Pay closed the order. Call it inside a transaction. */
  public Uni<Payment> applyClosed(String outTradeNo, String reason, Instant now) {
    return repository
        .lockExisting(outTradeNo)
        .chain(
            payment -> payment == null ? Uni.createFrom().nullItem() : close(payment, reason, now));
  }

  private Uni<Payment> apply(Payment payment, Optional<Transaction> found, Instant now) {
    payment.lastCheckedAt = now;
    if (found.isEmpty() || !payment.isAwaitingPayment()) {
      return Uni.createFrom().item(payment);
    }
    Transaction transaction = found.get();
    return switch (transaction.tradeState()) {
      case SUCCESS, REFUND -> pay(payment, transaction, now);
      case PAYERROR -> fail(payment, transaction, now);
      case CLOSED, REVOKED -> close(payment, REASON_CLOSED_AT_WECHAT_PAY, now);
      case NOTPAY, USERPAYING, ACCEPT -> Uni.createFrom().item(payment);
    };
  }

  private Uni<Payment> pay(Payment payment, Transaction transaction, Instant now) {
    Instant paidAt = transaction.successTime() == null ? now : transaction.successTime();
    payment.markPaid(transaction.transactionId(), paidAt, transaction.total(), now);
    Log.infof(
        "Order %s is paid according to WeChat Pay, transaction %s; publishing PaymentSucceeded",
        payment.outTradeNo, transaction.transactionId());
    PaymentSucceeded event =
        new PaymentSucceeded(
            transaction.transactionId(),
            transaction.total(),
            transaction.currency(),
            transaction.appId(),
            transaction.mchId(),
            paidAt,
            PaymentSucceeded.Source.QUERY);
    return outbox.add(payment.outTradeNo, event).replaceWith(payment);
  }

  private Uni<Payment> fail(Payment payment, Transaction transaction, Instant now) {
    payment.markFailed(now);
    Log.infof(
        "Payment of order %s failed at WeChat Pay; publishing PaymentFailed", payment.outTradeNo);
    PaymentFailed event =
        new PaymentFailed(transaction.tradeState().name(), transaction.tradeStateDesc());
    return outbox.add(payment.outTradeNo, event).replaceWith(payment);
  }

  private Uni<Payment> close(Payment payment, String reason, Instant now) {
    payment.lastCheckedAt = now;
    if (!payment.markClosed(now)) {
      return Uni.createFrom().item(payment);
    }
    Log.infof(
        "Order %s is closed at WeChat Pay (%s); publishing PaymentClosed",
        payment.outTradeNo, reason);
    return outbox.add(payment.outTradeNo, new PaymentClosed(now, reason)).replaceWith(payment);
  }
}
