package dev.apppay.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class OutboxPublisherTest {

  @Test
  void sendWithoutBrokerFailsOnlyItsUni() throws Exception {
    Vertx vertx = Vertx.vertx();
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    vertx.exceptionHandler(uncaught::add);
    OutboxPublisher publisher = new OutboxPublisher(vertx, "127.0.0.1:" + closedPort());
    try {
      Throwable failure =
          catchThrowable(
              () ->
                  publisher
                      .send("payment-events", "AP1", "{}", UUID.randomUUID(), "PaymentSucceeded")
                      .await()
                      .atMost(Duration.ofSeconds(30)));
      // Vert.x reports an unhandled send failure on the event loop, possibly after the Uni failed.
      Thread.sleep(1000);

      assertThat(failure)
          .isInstanceOf(TimeoutException.class)
          .hasMessage("Topic payment-events not present in metadata after 5000 ms.");
      assertThat(uncaught).isEmpty();
    } finally {
      publisher.close();
      vertx.closeAndAwait();
    }
  }

  /** Returns a port on 127.0.0.1 that was free a moment ago, so no broker listens on it. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
