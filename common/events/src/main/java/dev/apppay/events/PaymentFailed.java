package dev.apppay.events;

/** WeChat Pay reported a final failure such as {@code PAYERROR}. */
public record PaymentFailed(String tradeState, String reason) implements Event {

  @Override
  public EventType type() {
    return EventType.PaymentFailed;
  }
}
