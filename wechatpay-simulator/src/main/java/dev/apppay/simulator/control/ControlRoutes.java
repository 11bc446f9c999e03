package dev.apppay.simulator.control;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.notify.DeliveryAttempt;
import dev.apppay.simulator.notify.DeliveryStore;
import dev.apppay.simulator.notify.NotificationDispatcher;
import dev.apppay.simulator.notify.NotificationResender;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** The control API under {@code /simulator}: the user's actions, orders and notifications. */
public final class ControlRoutes {

  private final SimulatorCredentials credentials;
  private final OrderService orders;
  private final DeliveryStore deliveries;
  private final NotificationDispatcher dispatcher;
  private final NotificationResender resender;
  private final Payments payments;
  private final UserActions userActions;
  private final SettingsRoutes settingsRoutes;

  public ControlRoutes(
      SimulatorCredentials credentials,
      PublicKey merchantKey,
      OrderService orders,
      DeliveryStore deliveries,
      NotificationDispatcher dispatcher,
      NotificationResender resender,
      Payments payments,
      FaultRegistry faults,
      SimulatorClock clock) {
    this.credentials = credentials;
    this.orders = orders;
    this.deliveries = deliveries;
    this.dispatcher = dispatcher;
    this.resender = resender;
    ClientParametersVerifier verifier =
        new ClientParametersVerifier(credentials, merchantKey, orders);
    this.payments = payments;
    this.userActions = new UserActions(verifier, orders, payments);
    this.settingsRoutes = new SettingsRoutes(faults, clock);
  }

  public void mount(Router router) {
    router.post("/simulator/pay").handler(userActions::pay);
    router.post("/simulator/userpaying").handler(userActions::startPaying);
    router.post("/simulator/fail").handler(userActions::fail);
    router.post("/simulator/cancel").handler(userActions::cancel);

    router.get("/simulator/orders").handler(this::listOrders);
    router.get("/simulator/orders/:out_trade_no").handler(this::getOrder);
    router.post("/simulator/orders/:out_trade_no/pay").handler(this::payOrder);
    router.post("/simulator/orders/:out_trade_no/refund").handler(this::refund);
    router.get("/simulator/orders/:out_trade_no/notifications").handler(this::orderDeliveries);
    router.post("/simulator/orders/:out_trade_no/notifications/resend").handler(this::resend);
    router.get("/simulator/notifications").handler(this::allDeliveries);
    router.post("/simulator/notifications/release").handler(this::release);

    settingsRoutes.mount(router);
    router
        .get("/simulator/health")
        .handler(context -> ControlJson.send(context, 200, Map.of("status", "UP")));
  }

  private void listOrders(RoutingContext context) {
    ControlJson.send(
        context,
        200,
        orders.all().stream().sorted(Comparator.comparing(Order::createdAt)).toList());
  }

  private void getOrder(RoutingContext context) {
    String outTradeNo = context.pathParam("out_trade_no");
    orders
        .find(credentials.mchId(), outTradeNo)
        .ifPresentOrElse(
            order -> ControlJson.send(context, 200, order),
            () -> ControlJson.sendError(context, notFound(outTradeNo), false));
  }

  private void payOrder(RoutingContext context) {
    String outTradeNo = context.pathParam("out_trade_no");
    try {
      Long paid = PaidAmount.read(ControlJson.readOptional(context));
      ControlJson.send(context, 200, payments.payOrder(credentials.mchId(), outTradeNo, paid));
    } catch (ControlError e) {
      ControlJson.sendError(context, e, false);
    } catch (OrderException e) {
      ControlJson.sendError(context, ControlErrors.of(e), false);
    }
  }

  private void refund(RoutingContext context) {
    try {
      Order order = orders.refund(credentials.mchId(), context.pathParam("out_trade_no"));
      ControlJson.send(context, 200, order);
    } catch (OrderException e) {
      ControlJson.sendError(context, ControlErrors.of(e), false);
    }
  }

  private void orderDeliveries(RoutingContext context) {
    ControlJson.send(context, 200, deliveries.forOrder(context.pathParam("out_trade_no")));
  }

  private void resend(RoutingContext context) {
    String outTradeNo = context.pathParam("out_trade_no");
    resender
        .resend(credentials.mchId(), outTradeNo)
        .onSuccess(attempt -> replyResent(context, outTradeNo, attempt))
        .onFailure(context::fail);
  }

  private static void replyResent(
      RoutingContext context, String outTradeNo, Optional<DeliveryAttempt> attempt) {
    if (attempt.isPresent()) {
      ControlJson.send(context, 200, attempt.get());
      return;
    }
    String message = "Order " + outTradeNo + " has no notification";
    ControlJson.sendError(context, new ControlError(404, "NOTIFICATION_NOT_EXIST", message), false);
  }

  private void allDeliveries(RoutingContext context) {
    ControlJson.send(context, 200, deliveries.all());
  }

  private void release(RoutingContext context) {
    ControlJson.send(context, 200, Map.of("released", dispatcher.releaseHeld()));
  }

  private static ControlError notFound(String outTradeNo) {
    return new ControlError(404, "ORDER_NOT_EXIST", "Order " + outTradeNo + " not found");
  }
}
