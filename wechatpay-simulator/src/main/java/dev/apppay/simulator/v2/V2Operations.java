package dev.apppay.simulator.v2;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderRequest;
import dev.apppay.simulator.order.OrderService;
import java.util.Map;
import java.util.Optional;

/** The business part of the v2 endpoints, after the request's signature was verified. */
final class V2Operations {

  private final SimulatorCredentials credentials;
  private final OrderService orders;
  private final V2OrderRequests orderRequests;

  V2Operations(
      SimulatorCredentials credentials, OrderService orders, V2OrderRequests orderRequests) {
    this.credentials = credentials;
    this.orders = orders;
    this.orderRequests = orderRequests;
  }

  /** {@code /pay/unifiedorder}: creates the order or repeats its prepay. */
  Map<String, String> unifiedOrder(V2Request request) throws V2BusinessError {
    OrderRequest orderRequest = orderRequests.parse(request);
    try {
      Order order = orders.createOrReenter(orderRequest);
      return Map.of("trade_type", "APP", "prepay_id", order.prepayId());
    } catch (OrderException e) {
      throw V2Errors.of(e);
    }
  }

  /** {@code /pay/orderquery}: finds the order by transaction_id, else by out_trade_no. */
  Map<String, String> query(V2Request request) throws V2BusinessError {
    V2Checks.requireBoundAppId(request, credentials);
    V2Checks.require(request, "nonce_str");
    String transactionId = request.optional("transaction_id");
    String outTradeNo = request.optional("out_trade_no");
    if (transactionId == null && outTradeNo == null) {
      throw new V2BusinessError("LACK_PARAMS", "缺少参数out_trade_no或transaction_id");
    }

    String mchId = credentials.mchId();
    Optional<Order> order =
        transactionId != null
            ? orders.findByTransactionId(mchId, transactionId)
            : orders.find(mchId, outTradeNo);
    return V2OrderFields.query(
        order.orElseThrow(() -> new V2BusinessError("ORDERNOTEXIST", "此交易订单号不存在")));
  }

  /** {@code /pay/closeorder}: closes an unpaid order. */
  Map<String, String> close(V2Request request) throws V2BusinessError {
    V2Checks.requireBoundAppId(request, credentials);
    V2Checks.require(request, "nonce_str", "out_trade_no");
    try {
      orders.close(credentials.mchId(), request.get("out_trade_no"));
      return Map.of();
    } catch (OrderException e) {
      throw V2Errors.of(e);
    }
  }
}
