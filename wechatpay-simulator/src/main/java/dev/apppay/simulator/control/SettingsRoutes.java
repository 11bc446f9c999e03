package dev.apppay.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.fault.FaultSettings;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;

/** The control API's settings: faults, globally and per order, and the business clock. */
final class SettingsRoutes {

  private final FaultRegistry faults;
  private final SimulatorClock clock;

  SettingsRoutes(FaultRegistry faults, SimulatorClock clock) {
    this.faults = faults;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/simulator/faults").handler(this::getFaults);
    router.put("/simulator/faults").handler(this::putGlobalFaults);
    router.delete("/simulator/faults").handler(this::clearGlobalFaults);
    router.put("/simulator/orders/:out_trade_no/faults").handler(this::putOrderFaults);
    router.delete("/simulator/orders/:out_trade_no/faults").handler(this::clearOrderFaults);

    router.get("/simulator/clock").handler(this::getClock);
    router.post("/simulator/clock/advance").handler(this::advanceClock);
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
}
