package dev.apppay.simulator;

import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.notify.Delivery;
import dev.apppay.simulator.order.OrderException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An offline WeChat Pay server for API v2 and v3 APP payments, with a control API under {@code
 * /simulator} that acts as the user in the WeChat app.
 *
 * <pre>{@code
 * try (WeChatPaySimulator simulator = WeChatPaySimulator.start(SimulatorConfig.builder().build())) {
 *   String baseUrl = simulator.baseUrl();
 *   SimulatorCredentials credentials = simulator.credentials();
 * }
 * }</pre>
 */
public final class WeChatPaySimulator implements AutoCloseable {

  private static final long START_TIMEOUT_SECONDS = 30;

  private final SimulatorComponents components;
  private final HttpServer server;

  private WeChatPaySimulator(SimulatorComponents components, HttpServer server) {
    this.components = components;
    this.server = server;
  }

  /** Starts a simulator and waits until it listens. */
  public static WeChatPaySimulator start(SimulatorConfig config) {
    SimulatorComponents components = SimulatorComponents.create(config);
    try {
      HttpServer server =
          await(
              components
                  .vertx()
                  .createHttpServer()
                  .requestHandler(components.router())
                  .listen(config.port(), config.host()));
      components.dispatcher().resume();
      return new WeChatPaySimulator(components, server);
    } catch (RuntimeException e) {
      await(components.vertx().close());
      throw e;
    }
  }

  /** Returns the URL to configure as {@code wechatpay.base-url}, e.g. http://127.0.0.1:8090. */
  public String baseUrl() {
    return "http://" + components.config().host() + ":" + port();
  }

  public int port() {
    return server.actualPort();
  }

  public SimulatorCredentials credentials() {
    return components.credentials();
  }

  /** Returns the clock whose business time the control API can advance. */
  public SimulatorClock clock() {
    return components.clock();
  }

  /** Returns the fault settings in force, to change them without HTTP. */
  public FaultRegistry faults() {
    return components.faults();
  }

  public Optional<Order> order(String outTradeNo) {
    return components.orders().find(credentials().mchId(), outTradeNo);
  }

  /**
   * Pays the order's current prepay as its user would, without client parameters, and starts the
   * notification. The prepay age and the order state are still checked.
   *
   * @param amount fen to pay, or {@code null} for the order's total
   * @return the paid order
   * @throws IllegalStateException when the order is unknown, expired, closed, failed or paid
   */
  public Order pay(String outTradeNo, Long amount) {
    try {
      components.payments().payOrder(credentials().mchId(), outTradeNo, amount);
      return order(outTradeNo).orElseThrow();
    } catch (OrderException e) {
      throw new IllegalStateException(e.error() + ": " + e.getMessage(), e);
    }
  }

  /** Returns the notification deliveries of an order with all their attempts. */
  public List<Delivery> deliveries(String outTradeNo) {
    return components.deliveries().forOrder(outTradeNo);
  }

  /** Stops the server and every pending notification; the state file keeps pending ones. */
  @Override
  public void close() {
    components.dispatcher().close();
    await(components.vertx().close());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the simulator", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Simulator failed to start or stop: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Simulator did not start or stop within " + START_TIMEOUT_SECONDS + " s", e);
    }
  }

  @Override
  public String toString() {
    return "WeChatPaySimulator[" + baseUrl() + "]";
  }
}
