package dev.apppay.order.service;

import dev.apppay.order.OrderItem;
import dev.apppay.order.Product;
import dev.apppay.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prices requested lines from the catalog and checks the order amount. */
@ApplicationScoped
public class Pricing {

  private final OrderConfig config;

  public Pricing(OrderConfig config) {
    this.config = config;
  }

  /**
   * Returns the priced items in request order.
   *
   * @param catalog the products of the requested SKUs, by SKU; unknown SKUs are missing
   * @throws InvalidRequestException for an unknown or inactive SKU or an amount above the maximum
   */
  public List<OrderItem> price(List<OrderLine> lines, Map<String, Product> catalog) {
    List<OrderItem> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      Product product = requireActive(catalog.get(line.sku()), line.sku(), i);
      items.add(new OrderItem(product.sku, product.name, product.priceFen, line.quantity()));
    }
    requireAmountInRange(items);
    return items;
  }

  /** Returns the order amount in fen. */
  public static long amountFen(List<OrderItem> items) {
    return items.stream().mapToLong(OrderItem::amountFen).sum();
  }

  private static Product requireActive(Product product, String sku, int index) {
    String field = "items[" + index + "].sku";
    if (product == null) {
      throw new InvalidRequestException(field, field + " " + sku + " is not a known product");
    }
    if (!product.active) {
      throw new InvalidRequestException(field, field + " " + sku + " is no longer sold");
    }
    return product;
  }

  private void requireAmountInRange(List<OrderItem> items) {
    long amount = amountFen(items);
    if (amount > config.maxAmountFen()) {
      throw new InvalidRequestException(
          "items",
          "items add up to "
              + amount
              + " fen, more than the maximum order amount of "
              + config.maxAmountFen()
              + " fen");
    }
  }
}
