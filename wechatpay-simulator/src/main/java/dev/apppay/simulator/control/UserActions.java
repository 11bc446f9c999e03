package dev.apppay.simulator.control;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderService;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The user's actions in the WeChat cashier, given the merchant's client parameters: pay, start
 * paying (USERPAYING), fail (PAYERROR) or cancel. Replies carry the errCode that the merchant's app
 * receives from the OpenSDK: 0 paid, -1 failed, -2 cancelled.
 */
final class UserActions {

  private static final Logger LOG = Logger.getLogger(UserActions.class);

  private final ClientParametersVerifier verifier;
  private final OrderService orders;
  private final Payments payments;

  UserActions(ClientParametersVerifier verifier, OrderService orders, Payments payments) {
    this.verifier = verifier;
    this.orders = orders;
    this.payments = payments;
  }

  void pay(RoutingContext context) {
    run(context, parameters -> payments.payPrepay(parameters.prepayId(), parameters.amount()));
  }

  void startPaying(RoutingContext context) {
    run(context, parameters -> outcome(0, orders.startPaying(parameters.prepayId())));
  }

  void fail(RoutingContext context) {
    run(context, parameters -> outcome(-1, orders.fail(parameters.prepayId())));
  }

  void cancel(RoutingContext context) {
    run(context, parameters -> outcome(-2, orders.cancel(parameters.prepayId())));
  }

  private interface Action {
    Map<String, Object> apply(ClientParameters parameters) throws OrderException;
  }

  private void run(RoutingContext context, Action action) {
    try {
      ClientParameters parameters = ClientParameters.from(ControlJson.read(context));
      verifier.verify(parameters);
      ControlJson.send(context, 200, action.apply(parameters));
    } catch (ControlError e) {
      LOG.infof("Rejected user action %s: %s", context.request().path(), e.getMessage());
      ControlJson.sendError(context, e, true);
    } catch (OrderException e) {
      LOG.infof("Rejected user action %s: %s", context.request().path(), e.getMessage());
      ControlJson.sendError(context, ControlErrors.of(e), true);
    }
  }

  private static Map<String, Object> outcome(int errCode, Order order) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errCode", errCode);
    body.put("outTradeNo", order.outTradeNo());
    body.put("tradeState", order.state().name());
    return body;
  }
}
