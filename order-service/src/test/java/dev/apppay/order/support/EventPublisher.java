package dev.apppay.order.support;

import dev.apppay.events.Event;
import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.Topics;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to the real test broker as the other services do: envelope JSON keyed by order. */
public final class EventPublisher implements AutoCloseable {

  private final KafkaProducer<String, String> producer;

  public EventPublisher(String bootstrapServers) {
    Properties config = new Properties();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    config.put("acks", "all");
    producer = new KafkaProducer<>(config);
  }

  /** Wraps {@code event} in a new envelope, sends it and returns the envelope. */
  public EventEnvelope publish(String outTradeNo, Event event) {
    EventEnvelope envelope = EventEnvelope.of(outTradeNo, event);
    send(envelope);
    return envelope;
  }

  /** Sends the envelope as it is, for example again as a redelivery. */
  public void send(EventEnvelope envelope) {
    sendRaw(envelope.outTradeNo(), EventCodec.encode(envelope));
  }

  /** Sends any text to the payment events topic, such as a record that is no event. */
  public void sendRaw(String key, String value) {
    try {
      producer
          .send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, key, value))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Publishing to " + Topics.PAYMENT_EVENTS + " failed", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
