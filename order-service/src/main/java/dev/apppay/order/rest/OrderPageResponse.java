package dev.apppay.order.rest;

import dev.apppay.order.service.OrderPage;
import java.util.List;

/**
 * One page of the caller's orders, newest first.
 *
 * @param totalOrders how many orders the caller has in all
 */
public record OrderPageResponse(
    List<OrderResponse> orders, int page, int size, long totalOrders, long totalPages) {

  static OrderPageResponse of(OrderPage page) {
    long totalPages = (page.total() + page.size() - 1) / page.size();
    return new OrderPageResponse(
        page.orders().stream().map(OrderResponse::of).toList(),
        page.page(),
        page.size(),
        page.total(),
        totalPages);
  }
}
