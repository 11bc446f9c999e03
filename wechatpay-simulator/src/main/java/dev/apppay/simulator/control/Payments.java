package dev.apppay.simulator.control;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.notify.NotificationDispatcher;
import dev.apppay.simulator.order.OrderError;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/** Pays an order and starts its notification, for the control API and the Java handle. */
public final class Payments {

  private static final Logger LOG = Logger.getLogger(Payments.class);

  private final OrderService orders;
  private final NotificationDispatcher dispatcher;

  public Payments(OrderService orders, NotificationDispatcher dispatcher) {
    this.orders = orders;
    this.dispatcher = dispatcher;
  }

  /** Pays the order of {@code prepayId} with {@code amount} fen, or its total when null. */
  public Map<String, Object> payPrepay(String prepayId, Long amount) throws OrderException {
    Order paid = orders.pay(prepayId, amount);
    Delivery delivery = dispatcher.notifyPaid(paid);
    LOG.infof("Paid order %s: transaction %s", paid.outTradeNo(), paid.transactionId());

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errCode", 0);
    body.put("outTradeNo", paid.outTradeNo());
    body.put("tradeState", paid.state().name());
    body.put("transactionId", paid.transactionId());
    body.put("amount", paid.payerTotal());
    body.put("notificationId", delivery.id());
    return body;
  }

  /**
   * Pays the current prepay of an order without client parameters, for tests that have none. The
   * prepay age and the order state are still checked.
   */
  public Map<String, Object> payOrder(String mchId, String outTradeNo, Long amount)
      throws OrderException {
    Order order =
        orders
            .find(mchId, outTradeNo)
            .orElseThrow(
                () ->
                    new OrderException(
                        OrderError.ORDER_NOT_EXIST, "Order " + outTradeNo + " not found"));
    return payPrepay(order.prepayId(), amount);
  }
}
