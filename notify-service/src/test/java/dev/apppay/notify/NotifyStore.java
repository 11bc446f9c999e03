package dev.apppay.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;

/** Reads the notify database directly, to check what a delivery stored. */
final class NotifyStore {

  private NotifyStore() {}

  static long notificationRows(String outTradeNo) throws Throwable {
    return count("SELECT count(*) FROM payment_notification WHERE out_trade_no = :key", outTradeNo);
  }

  static long notificationRowsOfTransaction(String transactionId) throws Throwable {
    return count(
        "SELECT count(*) FROM payment_notification WHERE transaction_id = :key", transactionId);
  }

  static long paymentSucceededEvents(String outTradeNo) throws Throwable {
    return count(
        "SELECT count(*) FROM outbox_event WHERE event_key = :key AND type = 'PaymentSucceeded'",
        outTradeNo);
  }

  /** Returns the recorded notification of the order, or null. */
  static PaymentNotification find(String outTradeNo) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .chain(
                            session ->
                                session
                                    .createQuery(
                                        "from PaymentNotification where outTradeNo = :key",
                                        PaymentNotification.class)
                                    .setParameter("key", outTradeNo)
                                    .getSingleResultOrNull())));
  }

  /** Runs a statement in its own transaction, for tests that break and repair the schema. */
  static void execute(String sql) throws Throwable {
    VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withTransaction(
                () ->
                    Panache.getSession()
                        .chain(session -> session.createNativeQuery(sql).executeUpdate())));
  }

  private static long count(String sql, String key) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .chain(
                            session ->
                                session
                                    .createNativeQuery(sql, Long.class)
                                    .setParameter("key", key)
                                    .getSingleResult())));
  }
}
