package dev.apppay.order.service;

import dev.apppay.order.OrderItem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the description WeChat Pay shows to the payer, such as {@code apppay shop - Coffee beans 1
 * kg x2}. WeChat Pay accepts at most 127 characters and no 4-byte UTF-8 characters.
 */
public final class PaymentDescriptions {

  static final int MAX_LENGTH = 127;
  private static final String ELLIPSIS = "...";

  private PaymentDescriptions() {}

  public static String of(String shopName, List<OrderItem> items) {
    String lines =
        items.stream()
            .map(item -> item.name() + " x" + item.quantity())
            .collect(Collectors.joining(", "));
    return truncate(withoutSupplementaryCharacters(shopName + " - " + lines));
  }

  private static String withoutSupplementaryCharacters(String text) {
    StringBuilder result = new StringBuilder();
    text.codePoints()
        .filter(c -> !Character.isSupplementaryCodePoint(c))
        .forEach(result::appendCodePoint);
    return result.toString();
  }

  private static String truncate(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_LENGTH - ELLIPSIS.length()) + ELLIPSIS;
  }
}
