package dev.apppay.events.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies each event at most once.
 *
 * <p>The event id is inserted with {@code ON CONFLICT DO NOTHING} in the caller's transaction
 * before the effect runs. A concurrent duplicate waits on that row and then finds it taken; if the
 * effect fails, the transaction rolls back and the id is free for the redelivery.
 */
@ApplicationScoped
public class IdempotentConsumer {

  private static final String CLAIM =
      "INSERT INTO processed_event (event_id, processed_at) VALUES (:id, now())"
          + " ON CONFLICT (event_id) DO NOTHING";

  /**
   * Runs {@code effect} unless {@code eventId} was applied before; call inside a transaction.
   *
   * @return whether the effect ran
   */
  public Uni<Boolean> applyOnce(UUID eventId, Supplier<Uni<Void>> effect) {
    return Panache.getSession()
        .chain(
            session -> session.createNativeQuery(CLAIM).setParameter("id", eventId).executeUpdate())
        .chain(
            inserted ->
                inserted == 0 ? Uni.createFrom().item(false) : effect.get().replaceWith(true));
  }
}
