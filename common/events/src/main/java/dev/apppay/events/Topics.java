package dev.apppay.events;

/** Kafka topic names; each service's channel for a topic has the same name. */
public final class Topics {

  public static final String ORDER_EVENTS = "order-events";
  public static final String PAYMENT_EVENTS = "payment-events";

  private Topics() {}
}
