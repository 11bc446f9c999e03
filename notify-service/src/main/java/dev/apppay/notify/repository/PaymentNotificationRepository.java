package dev.apppay.notify.repository;

import dev.apppay.notify.PaymentNotification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores payment notifications, one per transaction id. */
@ApplicationScoped
public class PaymentNotificationRepository
    implements PanacheRepositoryBase<PaymentNotification, Long> {

  private static final String INSERT_IF_ABSENT =
      "INSERT INTO payment_notification (transaction_id, out_trade_no, amount_fen, currency,"
          + " app_id, mch_id, paid_at, api_version, notification_id, raw_body, received_at)"
          + " VALUES (:transactionId, :outTradeNo, :amountFen, :currency, :appId, :mchId, :paidAt,"
          + " :apiVersion, CAST(:notificationId AS text), :rawBody, :receivedAt)"
          + " ON CONFLICT (transaction_id) DO NOTHING";

  /**
   * Inserts the notification unless its transaction is recorded; call inside a transaction. A
   * concurrent insert of the same transaction waits for the other transaction and then inserts
   * nothing if that one commits.
   *
   * @return whether the row was inserted
   */
  public Uni<Boolean> insertIfAbsent(PaymentNotification notification) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT_IF_ABSENT)
                    .setParameter("transactionId", notification.transactionId)
                    .setParameter("outTradeNo", notification.outTradeNo)
                    .setParameter("amountFen", notification.amountFen)
                    .setParameter("currency", notification.currency)
                    .setParameter("appId", notification.appId)
                    .setParameter("mchId", notification.mchId)
                    .setParameter("paidAt", notification.paidAt)
                    .setParameter("apiVersion", notification.apiVersion)
                    .setParameter("notificationId", notification.notificationId)
                    .setParameter("rawBody", notification.rawBody)
                    .setParameter("receivedAt", notification.receivedAt)
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }
}
