package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderStatusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "CREATED, AWAITING_PAYMENT",
    "CREATED, PAID",
    "CREATED, CLOSED",
    "CREATED, ANOMALY",
    "AWAITING_PAYMENT, PAID",
    "AWAITING_PAYMENT, CLOSED",
    "AWAITING_PAYMENT, ANOMALY",
    "CLOSED, PAID_AFTER_CLOSE",
    "CLOSED, ANOMALY"
  })
  void legalTransitionIsAllowed(OrderStatus from, OrderStatus to) {
    assertThat(from.canMoveTo(to)).isTrue();
  }

  @Test
  void everyOtherTransitionIsRejected() {
    int allowed = 0;
    for (OrderStatus from : OrderStatus.values()) {
      for (OrderStatus to : OrderStatus.values()) {
        allowed += from.canMoveTo(to) ? 1 : 0;
      }
    }

    assertThat(allowed).isEqualTo(9);
  }

  @Test
  void finalStatusesAllowNoTransition() {
    Set<OrderStatus> finals =
        EnumSet.of(OrderStatus.PAID, OrderStatus.PAID_AFTER_CLOSE, OrderStatus.ANOMALY);

    for (OrderStatus from : finals) {
      for (OrderStatus to : OrderStatus.values()) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isFalse();
      }
    }
  }

  @Test
  void onlyCreatedAndAwaitingAreOpen() {
    assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isOpen))
        .containsExactly(OrderStatus.CREATED, OrderStatus.AWAITING_PAYMENT);
  }
}
