package dev.apppay.simulator.v3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderService;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Optional;

/** The business part of the v3 endpoints, after the request was authenticated. */
final class V3Operations {

  private final OrderService orders;
  private final V3OrderRequests orderRequests;

  V3Operations(OrderService orders, V3OrderRequests orderRequests) {
    this.orders = orders;
    this.orderRequests = orderRequests;
  }

  /** {@code POST /v3/pay/transactions/app}: creates the order or repeats its prepay. */
  V3Result prepay(RoutingContext context, String mchId, JsonNode body) throws V3Error {
    try {
      Order order = orders.createOrReenter(orderRequests.parse(body, mchId));
      return new V3Result(200, Map.of("prepay_id", order.prepayId()));
    } catch (OrderException e) {
      throw errorOf(e);
    }
  }

  /** {@code GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=}. */
  V3Result queryByOutTradeNo(RoutingContext context, String mchId, JsonNode body) throws V3Error {
    requireQueryMchId(context, mchId);
    return found(orders.find(mchId, context.pathParam("out_trade_no")));
  }

  /** {@code GET /v3/pay/transactions/id/{transaction_id}?mchid=}. */
  V3Result queryById(RoutingContext context, String mchId, JsonNode body) throws V3Error {
    requireQueryMchId(context, mchId);
    return found(orders.findByTransactionId(mchId, context.pathParam("transaction_id")));
  }

  /** {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}: 204 on success. */
  V3Result close(RoutingContext context, String mchId, JsonNode body) throws V3Error {
    JsonNode bodyMchId = body.path("mchid");
    if (!bodyMchId.isTextual() || bodyMchId.asText().isEmpty()) {
      throw V3Error.paramError("/mchid", "body", "is missing");
    }
    if (!bodyMchId.asText().equals(mchId)) {
      throw V3Error.paramError("/mchid", "body", "mchid differs from the Authorization mchid");
    }
    try {
      orders.close(mchId, context.pathParam("out_trade_no"));
      return new V3Result(204, null);
    } catch (OrderException e) {
      throw errorOf(e);
    }
  }

  private static void requireQueryMchId(RoutingContext context, String mchId) throws V3Error {
    String queryMchId = context.request().getParam("mchid");
    if (queryMchId == null || queryMchId.isEmpty()) {
      throw V3Error.paramError("mchid", "query", "is missing");
    }
    if (!queryMchId.equals(mchId)) {
      throw V3Error.paramError("mchid", "query", "mchid differs from the Authorization mchid");
    }
  }

  private static V3Result found(Optional<Order> order) throws V3Error {
    Order existing = order.orElseThrow(() -> new V3Error(404, "ORDER_NOT_EXIST", "订单不存在"));
    return new V3Result(200, V3Transactions.of(existing));
  }

  private static V3Error errorOf(OrderException exception) {
    return switch (exception.error()) {
      case ORDER_NOT_EXIST -> new V3Error(404, "ORDER_NOT_EXIST", "订单不存在");
      case ORDER_PAID -> new V3Error(400, "ORDERPAID", "该订单已支付");
      case ORDER_CLOSED -> new V3Error(400, "ORDER_CLOSED", "订单已关闭");
      case OUT_TRADE_NO_USED -> new V3Error(403, "OUT_TRADE_NO_USED", "商户订单号重复");
      case ORDER_PAY_ERROR, PREPAY_NOT_EXIST, PREPAY_EXPIRED ->
          new V3Error(400, "INVALID_REQUEST", exception.getMessage());
    };
  }
}
