package dev.apppay.order.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.order.service.InvalidRequestException;
import dev.apppay.order.service.OrderLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code POST /api/orders}: {@code {"items":[{"sku":"...","quantity":2}]}}. Every
 * rejection names the field. Unknown fields are ignored, and prices are never read from the app.
 */
final class OrderRequestReader {

  static final int MAX_ITEMS = 20;
  static final int MAX_QUANTITY = 99;

  private OrderRequestReader() {}

  /**
   * Parses the lines in request order.
   *
   * @throws InvalidRequestException when the body or a field is missing or invalid
   */
  static List<OrderLine> read(String body) {
    JsonNode items = JsonBodies.required(JsonBodies.parseObject(body), "items", "items");
    requireItemCount(items);
    List<OrderLine> lines = new ArrayList<>();
    Map<String, Integer> firstIndexBySku = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      OrderLine line = readLine(items.get(i), "items[" + i + "]");
      requireUnique(line.sku(), i, firstIndexBySku);
      lines.add(line);
    }
    return lines;
  }

  private static void requireItemCount(JsonNode items) {
    if (!items.isArray()) {
      throw new InvalidRequestException("items", "items must be an array");
    }
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new InvalidRequestException(
          "items", "items must contain 1 to " + MAX_ITEMS + " entries, got " + items.size());
    }
  }

  private static OrderLine readLine(JsonNode item, String path) {
    if (!item.isObject()) {
      throw new InvalidRequestException(path, path + " must be an object");
    }
    String skuPath = path + ".sku";
    String sku = Skus.require(JsonBodies.requiredText(item, "sku", skuPath), skuPath);
    long quantity =
        JsonBodies.requiredInteger(item, "quantity", path + ".quantity", 1, MAX_QUANTITY);
    return new OrderLine(sku, (int) quantity);
  }

  private static void requireUnique(String sku, int index, Map<String, Integer> firstIndexBySku) {
    Integer first = firstIndexBySku.putIfAbsent(sku, index);
    if (first != null) {
      String path = "items[" + index + "].sku";
      throw new InvalidRequestException(
          path, path + " repeats " + sku + " of items[" + first + "]; raise its quantity instead");
    }
  }
}
