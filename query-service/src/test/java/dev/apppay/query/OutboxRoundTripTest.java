package dev.apppay.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PaymentFailed;
import dev.apppay.events.Topics;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.query.support.SimulatorResource;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "query_service"))
@WithTestResource(SimulatorResource.class)
class OutboxRoundTripTest {

  @Inject Outbox outbox;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void outboxEventReachesBrokerUnchanged() throws Throwable {
    String outTradeNo = "RT" + System.nanoTime();
    EventEnvelope stored =
        VertxContextSupport.subscribeAndAwait(
            () ->
                Panache.withTransaction(
                    () -> outbox.add(outTradeNo, new PaymentFailed("PAYERROR", "round trip"))));

    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      var records = consumer.awaitRecords(outTradeNo, 1, value -> true, Duration.ofSeconds(30));

      assertThat(records).hasSize(1);
      assertThat(EventCodec.decode(records.get(0).value())).isEqualTo(stored);
    }
  }
}
