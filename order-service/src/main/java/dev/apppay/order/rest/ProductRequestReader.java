package dev.apppay.order.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.order.service.InvalidRequestException;
import dev.apppay.order.service.ProductChange;

/**
 * Reads the body of {@code PUT /admin/products/{sku}}: {@code name}, {@code priceFen} and the
 * optional {@code active}, true by default.
 */
final class ProductRequestReader {

  static final int MAX_NAME_LENGTH = 60;

  private ProductRequestReader() {}

  static ProductChange read(String sku, String body, long maxPriceFen) {
    Skus.require(sku, "sku");
    JsonNode json = JsonBodies.parseObject(body);
    String name = name(json);
    long priceFen = JsonBodies.requiredInteger(json, "priceFen", "priceFen", 1, maxPriceFen);
    return new ProductChange(sku, name, priceFen, active(json));
  }

  private static String name(JsonNode json) {
    String name = JsonBodies.requiredText(json, "name", "name").strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new InvalidRequestException(
          "name", "name must be 1 to " + MAX_NAME_LENGTH + " characters, got " + name.length());
    }
    // WeChat Pay rejects 4-byte UTF-8 characters in the payment description built from names.
    boolean unsupported =
        name.codePoints()
            .anyMatch(c -> Character.isISOControl(c) || Character.isSupplementaryCodePoint(c));
    if (unsupported) {
      throw new InvalidRequestException(
          "name",
          "name must not contain control characters or 4-byte UTF-8 characters such as emoji");
    }
    return name;
  }

  private static boolean active(JsonNode json) {
    JsonNode value = json.get("active");
    if (value == null || value.isNull()) {
      return true;
    }
    if (!value.isBoolean()) {
      throw new InvalidRequestException("active", "active must be true or false");
    }
    return value.asBoolean();
  }
}
