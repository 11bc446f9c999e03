package dev.apppay.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.OrderItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentDescriptionsTest {

  @Test
  void descriptionListsNamesAndQuantities() {
    List<OrderItem> items =
        List.of(
            new OrderItem("COFFEE-BEANS-1KG", "Coffee beans 1 kg", 1999, 2),
            new OrderItem("MUG-CERAMIC", "Ceramic mug", 2500, 1));

    assertThat(PaymentDescriptions.of("Demo shop", items))
        .isEqualTo("Demo shop - Coffee beans 1 kg x2, Ceramic mug x1");
  }

  @Test
  void longDescriptionIsTruncated() {
    List<OrderItem> items = List.of(new OrderItem("A", "n".repeat(200), 1, 1));

    String description = PaymentDescriptions.of("Shop", items);

    assertThat(description).hasSize(PaymentDescriptions.MAX_LENGTH);
    assertThat(description).endsWith("n...");
  }

  @Test
  void emojiIsRemoved() {
    List<OrderItem> items = List.of(new OrderItem("A", "Tea \uD83C\uDF75", 1, 1));

    assertThat(PaymentDescriptions.of("Shop", items)).isEqualTo("Shop - Tea  x1");
  }
}
