package dev.apppay.simulator.v2;

import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.ApiFaultGate;
import dev.apppay.simulator.fault.ApiOperation;
import dev.apppay.simulator.order.OrderService;
import dev.apppay.wechatpay.xml.XmlCodec;
import io.vertx.ext.web.Router;

/**
 * Mounts the v2 endpoints {@code /pay/unifiedorder}, {@code /pay/orderquery}, {@code
 * /pay/closeorder}.
 */
public final class V2Routes {

  private V2Routes() {}

  /**
   * Adds the v2 routes to {@code router}; every method is routed so that GET gets WeChat's reply.
   */
  public static void mount(
      Router router,
      SimulatorCredentials credentials,
      OrderService orders,
      SimulatorClock clock,
      ApiFaultGate faultGate) {
    XmlCodec codec = new XmlCodec();
    V2Authenticator authenticator = new V2Authenticator(credentials);
    V2Replies replies = new V2Replies(credentials, codec);
    V2Operations operations =
        new V2Operations(credentials, orders, new V2OrderRequests(credentials, clock));

    router
        .route("/pay/unifiedorder")
        .handler(
            new V2Handler(
                ApiOperation.PREPAY,
                operations::unifiedOrder,
                authenticator,
                replies,
                codec,
                faultGate));
    router
        .route("/pay/orderquery")
        .handler(
            new V2Handler(
                ApiOperation.QUERY, operations::query, authenticator, replies, codec, faultGate));
    router
        .route("/pay/closeorder")
        .handler(
            new V2Handler(
                ApiOperation.CLOSE, operations::close, authenticator, replies, codec, faultGate));
  }
}
