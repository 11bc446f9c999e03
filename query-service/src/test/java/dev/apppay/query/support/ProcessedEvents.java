package dev.apppay.query.support;

import dev.apppay.events.inbox.ProcessedEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.util.UUID;

/** Reads the service's consumer dedup table, to wait until an event was applied. */
public final class ProcessedEvents {

  private ProcessedEvents() {}

  /** Waits until the event id is recorded and returns whether it was. */
  public static boolean awaitProcessed(UUID eventId) {
    return Await.until(() -> isProcessed(eventId), Boolean::booleanValue, Duration.ofSeconds(20));
  }

  private static boolean isProcessed(UUID eventId) {
    try {
      return VertxContextSupport.subscribeAndAwait(
              () ->
                  Panache.withSession(
                      () -> Panache.getSession().chain(s -> s.find(ProcessedEvent.class, eventId))))
          != null;
    } catch (Throwable e) {
      throw new IllegalStateException("Reading processed_event failed", e);
    }
  }
}
