package dev.apppay.query.repository;

import dev.apppay.query.Payment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** Reads and locks rows of the payment view, inside the caller's transaction. */
@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, String> {

  private static final String INSERT_IF_ABSENT =
      "INSERT INTO payment (out_trade_no, status, cancel_requested, check_attempts,"
          + " created_at, updated_at)"
          + " VALUES (:outTradeNo, 'AWAITING_PAYMENT', false, 0, :now, :now)"
          + " ON CONFLICT (out_trade_no) DO NOTHING";

  private static final String SELECT_DUE =
      "SELECT * FROM payment WHERE status = 'AWAITING_PAYMENT' AND next_check_at <= :now"
          + " ORDER BY next_check_at LIMIT :limit FOR UPDATE SKIP LOCKED";

  /**
   * Locks the row of {@code outTradeNo}, inserting an empty AWAITING_PAYMENT row first when there
   * is none. The insert ignores a conflict, so two consumers that see the first events of one order
   * at the same time both end up with the same locked row.
   */
  public Uni<Payment> lockOrCreate(String outTradeNo, Instant now) {
    return getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT_IF_ABSENT)
                    .setParameter("outTradeNo", outTradeNo)
                    .setParameter("now", now)
                    .executeUpdate())
        .chain(() -> lockExisting(outTradeNo));
  }

  /** Locks the row of {@code outTradeNo}; the Uni emits null when there is none. */
  public Uni<Payment> lockExisting(String outTradeNo) {
    return findById(outTradeNo, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Locks up to {@code limit} unpaid rows whose check is due, oldest first, skipping rows that
   * another replica holds, so two replicas never check the same order at once.
   */
  public Uni<List<Payment>> lockDue(Instant now, int limit) {
    return getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(SELECT_DUE, Payment.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList());
  }
}
