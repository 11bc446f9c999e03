package dev.apppay.prepay;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;

/** Reads and changes the prepay database directly, for checks the API cannot show. */
final class PrepayStore {

  private PrepayStore() {}

  static long prepayRows(String outTradeNo) throws Throwable {
    return count("SELECT count(*) FROM prepay WHERE out_trade_no = :key", outTradeNo);
  }

  static long prepayCreatedEvents(String outTradeNo) throws Throwable {
    return count(
        "SELECT count(*) FROM outbox_event WHERE event_key = :key AND type = 'PrepayCreated'",
        outTradeNo);
  }

  static Instant expiresAt(String outTradeNo) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withSession(
                () ->
                    Panache.getSession()
                        .chain(
                            session ->
                                session
                                    .createQuery(
                                        "select p.expiresAt from Prepay p"
                                            + " where p.outTradeNo = :key",
                                        Instant.class)
                                    .setParameter("key", outTradeNo)
                                    .getSingleResult())));
  }

  /** Moves the prepay's end into the past, as if its 2 hours were over. */
  static void expire(String outTradeNo) throws Throwable {
    execute(
        "UPDATE prepay SET expires_at = now() - interval '1 minute' WHERE out_trade_no = :key",
        outTradeNo);
  }

  /** Deletes the prepay, as if this service had lost it while WeChat Pay kept the order. */
  static void forget(String outTradeNo) throws Throwable {
    execute("DELETE FROM prepay WHERE out_trade_no = :key", outTradeNo);
  }

  private static long count(String sql, String key) throws Throwable {
    Long count =
        VertxContextSupport.subscribeAndAwait(
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
    return count;
  }

  private static void execute(String sql, String key) throws Throwable {
    VertxContextSupport.subscribeAndAwait(
        () ->
            Panache.withTransaction(
                () ->
                    Panache.getSession()
                        .chain(
                            session ->
                                session
                                    .createNativeQuery(sql)
                                    .setParameter("key", key)
                                    .executeUpdate())));
  }
}
