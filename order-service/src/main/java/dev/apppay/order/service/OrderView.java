package dev.apppay.order.service;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;

/**
 * An order as returned to the app.
 *
 * @param status the stored status, or {@code PAID} when query-service just found the order paid and
 *     the event that stores it has not been applied yet
 */
public record OrderView(Order order, OrderStatus status) {

  public static OrderView of(Order order) {
    return new OrderView(order, order.status);
  }
}
