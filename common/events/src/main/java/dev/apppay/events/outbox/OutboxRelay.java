package dev.apppay.events.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Publishes unsent outbox rows to Kafka and marks them sent.
 *
 * <p>Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several replicas relay in parallel
 * without sending a row twice at once. A row is marked sent only after the broker acknowledged it;
 * a failure rolls the batch back and the next run retries, so a Kafka outage delays events and
 * loses none. A crash between the acknowledgement and the commit sends a row again, which consumers
 * ignore by event id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final int BATCH_SIZE = 100;
  private static final String SELECT_UNSENT =
      "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY created_at"
          + " LIMIT :limit FOR UPDATE SKIP LOCKED";

  private final OutboxPublisher publisher;

  public OutboxRelay(OutboxPublisher publisher) {
    this.publisher = publisher;
  }

  @Scheduled(
      every = "${apppay.outbox.interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> relay() {
    return relayBatch()
        .onFailure()
        .invoke(e -> Log.warnf("Outbox relay failed, retrying on the next run: %s", e.toString()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Publishes one batch of unsent rows and returns how many were sent. */
  public Uni<Integer> relayBatch() {
    return Panache.withTransaction(
        () ->
            Panache.getSession()
                .chain(
                    session ->
                        session
                            .createNativeQuery(SELECT_UNSENT, OutboxEvent.class)
                            .setParameter("limit", BATCH_SIZE)
                            .getResultList())
                .chain(this::publishInOrder));
  }

  private Uni<Integer> publishInOrder(List<OutboxEvent> rows) {
    if (rows.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    return Multi.createFrom()
        .iterable(rows)
        .onItem()
        .transformToUniAndConcatenate(this::publish)
        .collect()
        .last()
        .replaceWith(rows.size());
  }

  private Uni<Void> publish(OutboxEvent row) {
    return publisher
        .send(row.topic, row.key, row.payload, row.id, row.type)
        .invoke(() -> row.sentAt = Instant.now());
  }
}
