package dev.apppay.events;

/** A payload carried by an {@link EventEnvelope}; each implementation is one {@link EventType}. */
public sealed interface Event
    permits OrderCreated,
        OrderCancelled,
        PrepayCreated,
        PaymentSucceeded,
        PaymentClosed,
        PaymentFailed {

  EventType type();
}
