package dev.apppay.notify.service;

import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.notify.PaymentNotification;
import dev.apppay.notify.repository.PaymentNotificationRepository;
import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.Transaction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Records a checked payment once per transaction and stores {@code PaymentSucceeded} in the outbox,
 * both in one transaction, so a failure leaves neither behind.
 */
@ApplicationScoped
public class NotificationRecorder {

  private final PaymentNotificationRepository repository;
  private final Outbox outbox;

  public NotificationRecorder(PaymentNotificationRepository repository, Outbox outbox) {
    this.repository = repository;
    this.outbox = outbox;
  }

  /**
   * Records the payment.
   *
   * @param notificationId the v3 notification id, or null for v2
   * @return {@link NotifyOutcome.Recorded} or {@link NotifyOutcome.Duplicate}
   */
  public Uni<NotifyOutcome> record(
      Transaction payment, ApiVersion version, String notificationId, byte[] rawBody) {
    PaymentNotification row = toRow(payment, version, notificationId, rawBody);
    return Panache.withTransaction(
        () ->
            repository
                .insertIfAbsent(row)
                .chain(inserted -> inserted ? publish(row) : duplicate(row)));
  }

  private Uni<NotifyOutcome> publish(PaymentNotification row) {
    PaymentSucceeded event =
        new PaymentSucceeded(
            row.transactionId,
            row.amountFen,
            row.currency,
            row.appId,
            row.mchId,
            row.paidAt,
            PaymentSucceeded.Source.NOTIFY);
    return outbox
        .add(row.outTradeNo, event)
        .map(ignored -> new NotifyOutcome.Recorded(row.outTradeNo, row.transactionId));
  }

  private static Uni<NotifyOutcome> duplicate(PaymentNotification row) {
    return Uni.createFrom().item(new NotifyOutcome.Duplicate(row.outTradeNo, row.transactionId));
  }

  private static PaymentNotification toRow(
      Transaction payment, ApiVersion version, String notificationId, byte[] rawBody) {
    PaymentNotification row = new PaymentNotification();
    row.transactionId = payment.transactionId();
    row.outTradeNo = payment.outTradeNo();
    row.amountFen = payment.total();
    row.currency = payment.currency();
    row.appId = payment.appId();
    row.mchId = payment.mchId();
    row.paidAt = payment.successTime();
    row.apiVersion = version.name();
    row.notificationId = notificationId;
    row.rawBody = new String(rawBody, StandardCharsets.UTF_8);
    row.receivedAt = Instant.now();
    return row;
  }
}
