package dev.apppay.query.rest;

import dev.apppay.query.Payment;
import dev.apppay.query.PaymentStatus;
import java.time.Instant;

/** The body of {@code GET /payments/{outTradeNo}}. */
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
        payment.amountFen,
        payment.paidAt,
        payment.lastCheckedAt);
  }
}
