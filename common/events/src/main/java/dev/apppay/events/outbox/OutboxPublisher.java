package dev.apppay.events.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.kafka.client.producer.KafkaProducer;
import io.vertx.mutiny.kafka.client.producer.KafkaProducerRecord;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The Kafka producer of the outbox relay: idempotent, acknowledged by all in-sync replicas, and
 * bounded in time so a broker outage fails the batch instead of hanging it.
 */
@ApplicationScoped
public class OutboxPublisher {

  private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

  private final Vertx vertx;
  private final String bootstrapServers;
  private KafkaProducer<String, String> producer;

  public OutboxPublisher(
      Vertx vertx, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.vertx = vertx;
    this.bootstrapServers = bootstrapServers;
  }

  /** Sends one record and completes when the broker acknowledged it. */
  public Uni<Void> send(String topic, String key, String value, UUID eventId, String type) {
    KafkaProducerRecord<String, String> record =
        KafkaProducerRecord.create(topic, key, value)
            .addHeader("event-id", eventId.toString())
            .addHeader("event-type", type)
            .addHeader("content-type", "application/json");
    return producer().send(record).replaceWithVoid();
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      producer = KafkaProducer.create(vertx, config());
      // Every failed send also fails its Uni, which the relay logs and retries. Without a handler
      // the Vert.x client reports the same failure to Vert.x as an uncaught error.
      producer.exceptionHandler(
          error -> LOG.debugf("Kafka send failed, reported to the relay: %s", error.toString()));
    }
    return producer;
  }

  private Map<String, String> config() {
    return Map.of(
        "bootstrap.servers", bootstrapServers,
        "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
        "value.serializer", "org.apache.kafka.common.serialization.StringSerializer",
        "acks", "all",
        "enable.idempotence", "true",
        "max.block.ms", "5000",
        "request.timeout.ms", "5000",
        "delivery.timeout.ms", "10000",
        "linger.ms", "0");
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.closeAndAwait();
    }
  }
}
