package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One payment through the public API, as the app and its user would make it: create an order, pay
 * it in the simulator's stand-in for the WeChat app, and wait until the order is PAID.
 */
public final class DemoPayment {

  private static final Duration PAID_TIMEOUT = Duration.ofSeconds(60);

  private final Stack stack;
  private final Stack.Progress out;

  public DemoPayment(Stack stack, Stack.Progress out) {
    this.stack = stack;
    this.out = out;
  }

  /** Runs the payment and returns the final order; fails when it does not reach PAID. */
  public JsonNode run() {
    String token =
        new JwtIssuer(stack.keys().jwtPrivateKey()).issue("demo-user", Duration.ofHours(1));
    Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

    JsonNode order = createOrder(auth);
    out.step(
        "Created order %s (out_trade_no %s) for %d fen, status %s"
            .formatted(
                order.path("id").asText(),
                order.path("outTradeNo").asText(),
                order.path("amountFen").asLong(),
                order.path("status").asText()));

    SimulatorControl.pay(stack.url("wechatpay-simulator"), order.path("appParams"));
    out.step("Paid in the simulator as the WeChat user");

    JsonNode paid = awaitPaid(order.path("id").asText(), auth);
    out.step("Order %s is %s".formatted(paid.path("id").asText(), paid.path("status").asText()));
    return paid;
  }

  private JsonNode createOrder(Map<String, String> auth) {
    Map<String, String> headers = new java.util.HashMap<>(auth);
    headers.put("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> body =
        Map.of("items", List.of(Map.of("sku", "COFFEE-BEANS-1KG", "quantity", 2)));
    Http.Reply reply = Http.post(stack.url("order-service") + "/api/orders", body, headers);
    if (reply.status() != 201) {
      throw new IllegalStateException(
          "Creating the demo order failed with HTTP " + reply.status() + ": " + reply.body());
    }
    return reply.body();
  }

  private JsonNode awaitPaid(String orderId, Map<String, String> auth) {
    Instant deadline = Instant.now().plus(PAID_TIMEOUT);
    JsonNode order = null;
    while (Instant.now().isBefore(deadline)) {
      order = Http.get(stack.url("order-service") + "/api/orders/" + orderId, auth).body();
      if ("PAID".equals(order.path("status").asText())) {
        return order;
      }
      JavaProcess.sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "The demo order did not reach PAID within " + PAID_TIMEOUT + "; last seen: " + order);
  }
}
