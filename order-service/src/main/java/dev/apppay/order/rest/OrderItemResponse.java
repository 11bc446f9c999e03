package dev.apppay.order.rest;

import dev.apppay.order.OrderItem;

/** One order line in a reply, with the catalog price at the time of ordering. */
public record OrderItemResponse(
    String sku, String name, long unitPriceFen, int quantity, long amountFen) {

  static OrderItemResponse of(OrderItem item) {
    return new OrderItemResponse(
        item.sku(), item.name(), item.unitPriceFen(), item.quantity(), item.amountFen());
  }
}
