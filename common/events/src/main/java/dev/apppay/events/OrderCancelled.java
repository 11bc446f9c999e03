package dev.apppay.events;

/** The user or the merchant cancelled an unpaid order; it must be closed at WeChat Pay. */
public record OrderCancelled(String orderId, String reason) implements Event {

  @Override
  public EventType type() {
    return EventType.OrderCancelled;
  }
}
