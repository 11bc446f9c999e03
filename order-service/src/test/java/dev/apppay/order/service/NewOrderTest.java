package dev.apppay.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewOrderTest {

  private static final List<OrderLine> LINES =
      List.of(new OrderLine("COFFEE-BEANS-1KG", 2), new OrderLine("MUG-CERAMIC", 1));

  @Test
  void fingerprintIgnoresClientIp() {
    NewOrder first = new NewOrder("u1", "k1", LINES, "127.0.0.1");
    NewOrder retry = new NewOrder("u1", "k1", LINES, "203.0.113.7");

    assertThat(retry.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void fingerprintChangesWithQuantity() {
    NewOrder first = new NewOrder("u1", "k1", LINES, "127.0.0.1");
    NewOrder other =
        new NewOrder(
            "u1",
            "k1",
            List.of(new OrderLine("COFFEE-BEANS-1KG", 3), new OrderLine("MUG-CERAMIC", 1)),
            "127.0.0.1");

    assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
  }

  @Test
  void fingerprintIsSha256Hex() {
    assertThat(new NewOrder("u1", "k1", LINES, "127.0.0.1").fingerprint()).matches("[0-9a-f]{64}");
  }
}
