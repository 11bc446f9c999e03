package dev.apppay.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.events.OrderCreated;
import dev.apppay.simulator.Order;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.client.WeChatPayClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final WeChatPayClient client;
  private final HttpClient http = HttpClient.newHttpClient();

  public Shop(WeChatPayClient client) {
    this.client = client;
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
    return userAction("/simulator/pay", prepayId);
  }

  /** Makes the payment fail (PAYERROR) as a declining bank would. */
  public JsonNode fail(String prepayId) {
    return userAction("/simulator/fail", prepayId);
  }

  /** Returns the order as the simulator keeps it. */
  public static Order simulatorOrder(String outTradeNo) {
    return SimulatorResource.simulator().order(outTradeNo).orElseThrow();
  }

  private JsonNode userAction(String path, String prepayId) {
    try {
      byte[] body = JSON.writeValueAsBytes(client.signAppParameters(prepayId).toMap());
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(SimulatorResource.simulator().baseUrl() + path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " returned HTTP " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path + " interrupted", e);
    }
  }
}
