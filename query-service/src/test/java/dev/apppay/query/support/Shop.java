package dev.apppay.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.events.OrderCreated;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.client.WeChatPayClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays order-service, prepay-service and the paying user around the service under test: creates
 * prepays at the simulator, pays or fails them through its control API, and builds order events.
 * Payment notifications go to a closed port, so every notification is lost.
 */
public final class Shop {

  /** A port nothing listens on: notifications sent there fail at once. */
  public static final String LOST_NOTIFY_URL = "http://127.0.0.1:1/wechatpay/notify";

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final WeChatPayClient client;
  private final Simulator simulator;

  public Shop(WeChatPayClient client, Simulator simulator) {
    this.client = client;
    this.simulator = simulator;
  }

  /** Returns a fresh out_trade_no with the given prefix. */
  public static String newOutTradeNo(String prefix) {
    return prefix + System.currentTimeMillis() + SEQUENCE.incrementAndGet();
  }

  public static OrderCreated orderCreated(long amountFen, Instant expiresAt) {
    return new OrderCreated(
        "order-" + SEQUENCE.incrementAndGet(),
        "user-1",
        amountFen,
        "CNY",
        "Coffee beans",
        expiresAt);
  }

  /** Creates the order at WeChat Pay and returns its prepay_id. */
  public String createPrepay(String outTradeNo, long amountFen) {
    AppPrepayRequest request =
        new AppPrepayRequest(
            outTradeNo, "Coffee beans", amountFen, "203.0.113.7", LOST_NOTIFY_URL, null, null);
    return client.createAppPrepay(request).await().atMost(Duration.ofSeconds(10)).prepayId();
  }

  /** Pays the prepay as the user in the WeChat app and returns the control API's reply. */
  public JsonNode pay(String prepayId) {
    return simulator.userAction("pay", client.signAppParameters(prepayId).toMap());
  }

  /** Makes the payment fail (PAYERROR) as a declining bank would. */
  public JsonNode fail(String prepayId) {
    return simulator.userAction("fail", client.signAppParameters(prepayId).toMap());
  }
}
