package dev.apppay.query.rest;

import dev.apppay.query.Payment;
import dev.apppay.query.PaymentStatus;
import java.time.Instant;

/**
 * The body of {@code GET /payments/{outTradeNo}}.
 *
 * @param amountFen the order's amount, and once PAID the amount WeChat Pay reported as paid, so
 *     that a caller can tell a wrong payment from a correct one
 */
public record PaymentResponse(
    String outTradeNo,
    PaymentStatus status,
    String transactionId,
    Long amountFen,
    Instant paidAt,
    Instant lastCheckedAt) {

  static PaymentResponse of(Payment payment) {
    return new PaymentResponse(
        payment.outTradeNo,
        payment.status,
        payment.transactionId,
        payment.reportedAmountFen(),
        payment.paidAt,
        payment.lastCheckedAt);
  }
}
