package dev.apppay.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalInfrastructureTest {

  private static LocalInfrastructure infrastructure;

  @BeforeAll
  static void start() {
    infrastructure =
        LocalInfrastructure.startFresh(Path.of("target", "infra-self-test").toAbsolutePath());
  }

  @AfterAll
  static void stop() {
    infrastructure.close();
  }

  @Test
  void postgresStoresRowsInOwnDatabase() throws Exception {
    infrastructure.createDatabase("self_test");
    infrastructure.createDatabase("self_test");

    String url = infrastructure.jdbcUrl("self_test");
    try (var connection =
            DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE item (name text)");
      statement.execute("INSERT INTO item VALUES ('first')");
      var rows = statement.executeQuery("SELECT name, current_database() FROM item");

      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("first");
      assertThat(rows.getString(2)).isEqualTo("self_test");
    }
  }

  @Test
  void kafkaDeliversRecordToConsumer() throws Exception {
    try (var producer = new KafkaProducer<>(producerConfig());
        var consumer = new KafkaConsumer<String, String>(consumerConfig())) {
      producer.send(new ProducerRecord<>("self-test", "key-1", "value-1")).get();
      consumer.subscribe(List.of("self-test"));

      ConsumerRecords<String, String> records = ConsumerRecords.empty();
      for (int attempt = 0; attempt < 30 && records.isEmpty(); attempt++) {
        records = consumer.poll(Duration.ofSeconds(1));
      }

      assertThat(records.count()).isEqualTo(1);
      assertThat(records.iterator().next().value()).isEqualTo("value-1");
    }
  }

  private Map<String, Object> producerConfig() {
    return Map.of(
        "bootstrap.servers", infrastructure.bootstrapServers(),
        "key.serializer", StringSerializer.class.getName(),
        "value.serializer", StringSerializer.class.getName());
  }

  private Properties consumerConfig() {
    Properties config = new Properties();
    config.put("bootstrap.servers", infrastructure.bootstrapServers());
    config.put("group.id", "self-test");
    config.put("auto.offset.reset", "earliest");
    config.put("key.deserializer", StringDeserializer.class.getName());
    config.put("value.deserializer", StringDeserializer.class.getName());
    return config;
  }
}
