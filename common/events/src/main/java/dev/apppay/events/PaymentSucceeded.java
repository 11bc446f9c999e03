package dev.apppay.events;

import java.time.Instant;

/**
 * WeChat Pay reported the order paid, in a verified notification or in an order query.
 *
 * <p>The amount, currency and ids are what WeChat Pay reported; consumers compare them with what
 * was charged before trusting the payment.
 */
public record PaymentSucceeded(
    String transactionId,
    long amountFen,
    String currency,
    String appId,
    String mchId,
    Instant paidAt,
    Source source)
    implements Event {

  /** How the payment became known. */
  public enum Source {
    NOTIFY,
    QUERY
  }

  @Override
  public EventType type() {
    return EventType.PaymentSucceeded;
  }
}
