package dev.apppay.testinfra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the real test broker from the beginning, for assertions on what was sent. */
public final class KafkaTestConsumer implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

  public KafkaTestConsumer(String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", "test-" + UUID.randomUUID());
    config.put("auto.offset.reset", "earliest");
    config.put("key.deserializer", StringDeserializer.class.getName());
    config.put("value.deserializer", StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(config);
    consumer.subscribe(List.of(topic));
  }

  /** Returns the records with {@code key} that match, once at least {@code count} arrived. */
  public List<ConsumerRecord<String, String>> awaitRecords(
      String key, int count, Predicate<String> valueMatches, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    List<ConsumerRecord<String, String>> matching = matching(key, valueMatches);
    while (matching.size() < count && Instant.now().isBefore(deadline)) {
      consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      matching = matching(key, valueMatches);
    }
    return matching;
  }

  private List<ConsumerRecord<String, String>> matching(String key, Predicate<String> matches) {
    return received.stream().filter(r -> key.equals(r.key()) && matches.test(r.value())).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
