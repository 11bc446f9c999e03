package dev.apppay.order.client;

import java.time.Instant;

/**
 * The reply of query-service's {@code GET /payments/{outTradeNo}}.
 *
 * @param status one of {@code AWAITING_PAYMENT}, {@code PAID}, {@code CLOSED}, {@code FAILED}
 */
public record PaymentStatusReply(
    String outTradeNo,
    String status,
    String transactionId,
    Long amountFen,
    Instant paidAt,
    Instant lastCheckedAt) {

  public boolean isPaid() {
    return "PAID".equals(status);
  }
}
