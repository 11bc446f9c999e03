package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A local stack in a fresh folder for one test class, and the app's calls against it. */
final class StackFixture implements AutoCloseable {

  private final Stack stack;
  private final JwtIssuer tokens;

  private StackFixture(Stack stack) {
    this.stack = stack;
    this.tokens = new JwtIssuer(stack.keys().jwtPrivateKey());
  }

  /**
   * Starts every component with ports shifted by {@code portOffset}. Offsets up to 13000 keep every
   * port below 32768, where Linux starts the local ports of outgoing connections, which could
   * otherwise take a port the stack needs.
   */
  static StackFixture start(String apiVersion, int portOffset) throws Exception {
    return start(apiVersion, portOffset, Map.of());
  }

  /** Starts every component as above, with extra environment variables by service name. */
  static StackFixture start(
      String apiVersion, int portOffset, Map<String, Map<String, String>> serviceEnvironment)
      throws Exception {
    Path root = Path.of(System.getProperty("apppay.repository.root", "../..")).toAbsolutePath();
    Path data =
        Files.createTempDirectory(root.resolve("deploy/local/target"), "stack-" + apiVersion);
    StackOptions options =
        new StackOptions(root, data, apiVersion, portOffset, false, serviceEnvironment);
    return new StackFixture(
        Stack.start(options, message -> System.out.println("[stack] " + message)));
  }

  Stack stack() {
    return stack;
  }

  Map<String, String> auth(String user) {
    return Map.of("Authorization", "Bearer " + tokens.issue(user, Duration.ofHours(1)));
  }

  /** Creates an order of two coffee bean bags for {@code user} and returns the reply body. */
  JsonNode createOrder(String user) {
    Map<String, String> headers = new HashMap<>(auth(user));
    headers.put("Idempotency-Key", UUID.randomUUID().toString());
    Map<String, Object> body =
        Map.of("items", List.of(Map.of("sku", "COFFEE-BEANS-1KG", "quantity", 2)));
    Http.Reply reply = Http.post(stack.url("order-service") + "/api/orders", body, headers);
    if (reply.status() != 201) {
      throw new AssertionError("Create order returned " + reply.status() + ": " + reply.body());
    }
    return reply.body();
  }

  JsonNode order(String user, String orderId) {
    return Http.get(orderUrl(orderId), auth(user)).body();
  }

  /** Reads the order with {@code refresh=true}, so order-service first has WeChat Pay queried. */
  JsonNode refresh(String user, String orderId) {
    Http.Reply reply = Http.get(orderUrl(orderId) + "?refresh=true", auth(user));
    if (reply.status() != 200) {
      throw new AssertionError("Refresh returned " + reply.status() + ": " + reply.body());
    }
    return reply.body();
  }

  String orderUrl(String orderId) {
    return stack.url("order-service") + "/api/orders/" + orderId;
  }

  String simulatorUrl() {
    return stack.url("wechatpay-simulator");
  }

  /** Polls the order until its status is {@code status} or {@code timeout} passes. */
  String awaitStatus(String user, String orderId, String status, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String seen = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        seen = order(user, orderId).path("status").asText();
      } catch (IllegalStateException e) {
        seen = "unreachable: " + e.getMessage();
      }
      if (status.equals(seen)) {
        return seen;
      }
      JavaProcess.sleep(Duration.ofMillis(500));
    }
    return seen;
  }

  void pay(JsonNode order) {
    SimulatorControl.pay(simulatorUrl(), order.path("appParams"));
  }

  @Override
  public void close() {
    stack.close();
  }
}
