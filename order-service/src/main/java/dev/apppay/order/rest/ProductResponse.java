package dev.apppay.order.rest;

import dev.apppay.order.Product;
import java.time.Instant;

/** A catalog entry in the admin API. */
public record ProductResponse(
    String sku, String name, long priceFen, boolean active, Instant updatedAt) {

  static ProductResponse of(Product product) {
    return new ProductResponse(
        product.sku, product.name, product.priceFen, product.active, product.updatedAt);
  }
}
