package dev.apppay.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One order's payment status, merged from order and payment events in whatever order they arrive.
 *
 * <p>A payment is the strongest fact: PAID is never left, and CLOSED or FAILED replace only
 * AWAITING_PAYMENT. The transition methods return whether the status changed.
 */
@Entity
@Table(name = "payment")
public class Payment {

  @Id
  @Column(name = "out_trade_no")
  public String outTradeNo;

  @Column(name = "order_id")
  public String orderId;

  @Column(name = "amount_fen")
  public Long amountFen;

  public String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PaymentStatus status;

  @Column(name = "transaction_id")
  public String transactionId;

  @Column(name = "paid_at")
  public Instant paidAt;

  /** The amount WeChat Pay reported as paid, null until PAID and in rows paid before V3. */
  @Column(name = "paid_amount_fen")
  public Long paidAmountFen;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "cancel_requested", nullable = false)
  public boolean cancelRequested;

  /** Time of the active query job's next check of this order, null once the status is final. */
  @Column(name = "next_check_at")
  public Instant nextCheckAt;

  /** How many WeChat Pay queries or closes the job has started for this order. */
  @Column(name = "check_attempts", nullable = false)
  public int checkAttempts;

  /**
   * How many of the {@link #checkAttempts} were closes, which sets the backoff of failed closes.
   */
  @Column(name = "close_attempts", nullable = false)
  public int closeAttempts;

  @Column(name = "last_checked_at")
  public Instant lastCheckedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public boolean isAwaitingPayment() {
    return status == PaymentStatus.AWAITING_PAYMENT;
  }

  /** Records the payment, and returns false when the order was already PAID. */
  public boolean markPaid(String transactionId, Instant paidAt, long paidAmountFen, Instant now) {
    if (status == PaymentStatus.PAID) {
      return false;
    }
    this.transactionId = transactionId;
    this.paidAt = paidAt;
    this.paidAmountFen = paidAmountFen;
    return moveTo(PaymentStatus.PAID, now);
  }

  /** Returns the paid amount once PAID, else the order's amount, which may be null. */
  public Long reportedAmountFen() {
    return status == PaymentStatus.PAID && paidAmountFen != null ? paidAmountFen : amountFen;
  }

  /** Records that the order can no longer be paid, which changes only an unpaid order. */
  public boolean markClosed(Instant now) {
    return isAwaitingPayment() && moveTo(PaymentStatus.CLOSED, now);
  }

  /** Records a final payment failure, which changes only an unpaid order. */
  public boolean markFailed(Instant now) {
    return isAwaitingPayment() && moveTo(PaymentStatus.FAILED, now);
  }

  private boolean moveTo(PaymentStatus next, Instant now) {
    status = next;
    nextCheckAt = null;
    updatedAt = now;
    return true;
  }
}
