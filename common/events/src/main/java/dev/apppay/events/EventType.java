package dev.apppay.events;

/** Every event type, with its payload class and the topic it travels on. */
public enum EventType {
  OrderCreated(dev.apppay.events.OrderCreated.class, Topics.ORDER_EVENTS),
  OrderCancelled(dev.apppay.events.OrderCancelled.class, Topics.ORDER_EVENTS),
  PrepayCreated(dev.apppay.events.PrepayCreated.class, Topics.PAYMENT_EVENTS),
  PaymentSucceeded(dev.apppay.events.PaymentSucceeded.class, Topics.PAYMENT_EVENTS),
  PaymentClosed(dev.apppay.events.PaymentClosed.class, Topics.PAYMENT_EVENTS),
  PaymentFailed(dev.apppay.events.PaymentFailed.class, Topics.PAYMENT_EVENTS);

  /** Schema version written with every event; readers accept this version and older ones. */
  public static final int CURRENT_VERSION = 1;

  private final Class<? extends Event> payloadClass;
  private final String topic;

  EventType(Class<? extends Event> payloadClass, String topic) {
    this.payloadClass = payloadClass;
    this.topic = topic;
  }

  public Class<? extends Event> payloadClass() {
    return payloadClass;
  }

  public String topic() {
    return topic;
  }
}
