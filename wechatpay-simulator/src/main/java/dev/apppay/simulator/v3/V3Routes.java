package dev.apppay.simulator.v3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.ApiFaultGate;
import dev.apppay.simulator.fault.ApiOperation;
import dev.apppay.simulator.order.OrderService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.PublicKey;
import java.time.Clock;

/** Mounts the v3 APP payment endpoints: prepay, the two queries and close. */
public final class V3Routes {

  private final V3Authenticator authenticator;
  private final V3Replies replies;
  private final ApiFaultGate faultGate;
  private final V3Operations operations;
  private final V3Certificates certificates;

  /**
   * Creates the routes.
   *
   * @param merchantKey public key of the merchant's API certificate, to verify requests
   * @param signers sign replies with the platform key
   * @param wallClock unshifted clock for the signature timestamp window
   */
  public V3Routes(
      SimulatorCredentials credentials,
      PublicKey merchantKey,
      PlatformSigners signers,
      OrderService orders,
      SimulatorClock clock,
      Clock wallClock,
      ApiFaultGate faultGate) {
    this.authenticator = new V3Authenticator(credentials, merchantKey, wallClock);
    this.replies = new V3Replies(signers);
    this.faultGate = faultGate;
    this.operations = new V3Operations(orders, new V3OrderRequests(credentials, clock));
    this.certificates = new V3Certificates(credentials, signers.mode());
  }

  public void mount(Router router) {
    router
        .get("/v3/certificates")
        .handler(
            handler(ApiOperation.CERTIFICATES, (context, json) -> null, certificates::list, false));
    router
        .post("/v3/pay/transactions/app")
        .handler(
            handler(ApiOperation.PREPAY, V3Routes::outTradeNoInBody, operations::prepay, true));
    router
        .get("/v3/pay/transactions/out-trade-no/:out_trade_no")
        .handler(
            handler(
                ApiOperation.QUERY,
                V3Routes::outTradeNoInPath,
                operations::queryByOutTradeNo,
                false));
    router
        .get("/v3/pay/transactions/id/:transaction_id")
        .handler(
            handler(ApiOperation.QUERY, (context, json) -> null, operations::queryById, false));
    router
        .post("/v3/pay/transactions/out-trade-no/:out_trade_no/close")
        .handler(handler(ApiOperation.CLOSE, V3Routes::outTradeNoInPath, operations::close, true));
  }

  private V3Handler handler(
      ApiOperation kind,
      java.util.function.BiFunction<RoutingContext, JsonNode, String> outTradeNoOf,
      V3Handler.Operation operation,
      boolean hasBody) {
    return new V3Handler(kind, outTradeNoOf, operation, hasBody, authenticator, replies, faultGate);
  }

  private static String outTradeNoInBody(RoutingContext context, JsonNode json) {
    return json == null ? null : json.path("out_trade_no").asText(null);
  }

  private static String outTradeNoInPath(RoutingContext context, JsonNode json) {
    return context.pathParam("out_trade_no");
  }
}
