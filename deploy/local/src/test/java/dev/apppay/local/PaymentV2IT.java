package dev.apppay.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaymentV2IT {

  private static StackFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = StackFixture.start("V2", 11000);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void v2PaymentReachesPaid() {
    JsonNode order = fixture.createOrder("alice");

    fixture.pay(order);

    assertThat(
            fixture.awaitStatus("alice", order.path("id").asText(), "PAID", Duration.ofSeconds(60)))
        .isEqualTo("PAID");
  }
}
