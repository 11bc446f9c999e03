package dev.apppay.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.notify.DeliveryAttempt;
import dev.apppay.simulator.notify.DeliveryStore;
import dev.apppay.simulator.notify.NotificationDispatcher;
import dev.apppay.simulator.notify.NotificationResender;
import dev.apppay.simulator.order.OrderException;
import dev.apppay.simulator.order.OrderService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** The control API under {@code /simulator}: the user's actions, inspection, faults and clock. */
public final class ControlRoutes {

  private final SimulatorCredentials credentials;
  private final OrderService orders;
  private final DeliveryStore deliveries;
  private final NotificationDispatcher dispatcher;
  private final NotificationResender resender;
  private final FaultRegistry faults;
  private final SimulatorClock clock;
  private final UserActions userActions;

  public ControlRoutes(
      SimulatorCredentials credentials,
      PublicKey merchantKey,
      OrderService orders,
      DeliveryStore deliveries,
      NotificationDispatcher dispatcher,
      NotificationResender resender,
      FaultRegistry faults,
      SimulatorClock clock) {
    this.credentials = credentials;
    this.orders = orders;
    this.deliveries = deliveries;
    this.dispatcher = dispatcher;
    this.resender = resender;
    this.faults = faults;
    this.clock = clock;
    ClientParametersVerifier verifier =
        new ClientParametersVerifier(credentials, merchantKey, orders);
    this.userActions = new UserActions(verifier, orders, dispatcher);
  }

  public void mount(Router router) {
    router.post("/simulator/pay").handler(userActions::pay);
    router.post("/simulator/userpaying").handler(userActions::startPaying);
    router.post("/simulator/fail").handler(userActions::fail);
    router.post("/simulator/cancel").handler(userActions::cancel);

    router.get("/simulator/orders").handler(this::listOrders);
    router.get("/simulator/orders/:out_trade_no").handler(this::getOrder);
    router.post("/simulator/orders/:out_trade_no/refund").handler(this::refund);
    router.get("/simulator/orders/:out_trade_no/notifications").handler(this::orderDeliveries);
    router.post("/simulator/orders/:out_trade_no/notifications/resend").handler(this::resend);
    router.get("/simulator/notifications").handler(this::allDeliveries);
    router.post("/simulator/notifications/release").handler(this::release);

    router.get("/simulator/faults").handler(this::getFaults);
    router.put("/simulator/faults").handler(this::putGlobalFaults);
    router.delete("/simulator/faults").handler(this::clearGlobalFaults);
    router.put("/simulator/orders/:out_trade_no/faults").handler(this::putOrderFaults);
    router.delete("/simulator/orders/:out_trade_no/faults").handler(this::clearOrderFaults);

    router.get("/simulator/clock").handler(this::getClock);
    router.post("/simulator/clock/advance").handler(this::advanceClock);
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

  private void getFaults(RoutingContext context) {
    ControlJson.send(context, 200, Map.of("global", faults.global(), "orders", faults.perOrder()));
  }

  private void putGlobalFaults(RoutingContext context) {
    try {
      FaultSettings settings = ControlJson.read(context, FaultSettings.class);
      faults.setGlobal(settings);
      ControlJson.send(context, 200, settings);
    } catch (ControlError e) {
      ControlJson.sendError(context, e, false);
    }
  }

  private void clearGlobalFaults(RoutingContext context) {
    faults.setGlobal(FaultSettings.NONE);
    context.response().setStatusCode(204).end();
  }

  private void putOrderFaults(RoutingContext context) {
    try {
      FaultSettings settings = ControlJson.read(context, FaultSettings.class);
      faults.setForOrder(context.pathParam("out_trade_no"), settings);
      ControlJson.send(context, 200, settings);
    } catch (ControlError e) {
      ControlJson.sendError(context, e, false);
    }
  }

  private void clearOrderFaults(RoutingContext context) {
    faults.clearForOrder(context.pathParam("out_trade_no"));
    context.response().setStatusCode(204).end();
  }

  private void getClock(RoutingContext context) {
    ControlJson.send(context, 200, clockView());
  }

  private void advanceClock(RoutingContext context) {
    try {
      JsonNode seconds = ControlJson.read(context).path("seconds");
      if (!seconds.isIntegralNumber() || seconds.asLong() < 0) {
        throw new ControlError(400, "INVALID_REQUEST", "seconds must be a non-negative integer");
      }
      clock.advance(Duration.ofSeconds(seconds.asLong()));
      ControlJson.send(context, 200, clockView());
    } catch (ControlError e) {
      ControlJson.sendError(context, e, false);
    }
  }

  private Map<String, Object> clockView() {
    return Map.of(
        "now", clock.now().toString(),
        "wallNow", clock.wallNow().toString(),
        "offsetSeconds", clock.offset().toSeconds());
  }

  private static ControlError notFound(String outTradeNo) {
    return new ControlError(404, "ORDER_NOT_EXIST", "Order " + outTradeNo + " not found");
  }
}
