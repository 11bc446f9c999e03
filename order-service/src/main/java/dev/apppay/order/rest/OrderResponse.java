package dev.apppay.order.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.service.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as returned to the app. Null members are left out.
 *
 * @param appParams the signed parameters for the WeChat OpenSDK, only while the order awaits
 *     payment and no cancel was requested
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResponse(
    String id,
    String outTradeNo,
    OrderStatus status,
    long amountFen,
    String currency,
    String description,
    List<OrderItemResponse> items,
    Instant createdAt,
    Instant expiresAt,
    Instant cancelRequestedAt,
    Instant paidAt,
    Instant closedAt,
    Map<String, String> appParams) {

  static OrderResponse of(Order order) {
    return of(OrderView.of(order));
  }

  static OrderResponse of(OrderView view) {
    Order order = view.order();
    boolean payable = view.status() == OrderStatus.AWAITING_PAYMENT && order.isPayable();
    return new OrderResponse(
        order.id.toString(),
        order.outTradeNo,
        view.status(),
        order.amountFen,
        order.currency,
        order.description,
        order.items.stream().map(OrderItemResponse::of).toList(),
        order.createdAt,
        order.expiresAt,
        order.cancelRequestedAt,
        order.paidAt,
        order.closedAt,
        payable ? order.appParams : null);
  }
}
