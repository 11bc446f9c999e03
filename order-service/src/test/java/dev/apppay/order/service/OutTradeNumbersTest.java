package dev.apppay.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutTradeNumbersTest {

  private static final Instant NOW = Instant.parse("2026-12-04T13:30:05Z");

  @Test
  void numberStartsWithUtcTime() {
    assertThat(OutTradeNumbers.next(NOW)).startsWith("AP20261204133005");
  }

  @Test
  void numberFitsWeChatFormat() {
    assertThat(OutTradeNumbers.next(NOW)).matches("[0-9A-Za-z_\\-|*]{6,32}").hasSize(24);
  }

  @Test
  void numbersOfOneSecondDiffer() {
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      numbers.add(OutTradeNumbers.next(NOW));
    }

    assertThat(numbers).hasSize(1000);
  }
}
