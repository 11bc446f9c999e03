package dev.apppay.wechatpay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v3.ResponseSignature;
import dev.apppay.wechatpay.v3.ResponseSigner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.btc.BlockedThreadEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs client calls from a Vert.x event loop whose blocked-thread checker fires after 500 ms, while
 * the server takes 1 s to reply: any blocking wait in the client would be reported. The limit
 * leaves room for CPU contention on a busy build machine.
 */
class EventLoopTest {

  private static final long LIMIT_MILLIS = 500;
  private static final long SERVER_DELAY_MILLIS = 1000;
  private static final String PREPAY_JSON =
      "{\"prepay_id\":\"wx20250101120001a1b2c3d4e5f6a7b8c900\"}";

  private final List<BlockedThreadEvent> blocked = new CopyOnWriteArrayList<>();
  private final ResponseSigner platformSigner =
      new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), Clock.systemUTC());

  private StubWeChatPayServer server;
  private Vertx vertx;
  private WeChatPayClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StubWeChatPayServer();
    server.respondWith(
        (request, body) -> delayedReply(request.method().name(), request.response()));
    VertxOptions options =
        new VertxOptions()
            .setBlockedThreadCheckInterval(20)
            .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
            .setMaxEventLoopExecuteTime(LIMIT_MILLIS)
            .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS);
    vertx = Vertx.vertx(options);
    client = WeChatPayClient.create(io.vertx.mutiny.core.Vertx.newInstance(vertx), config());
    warmUp();
    ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(blocked::add);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void callsNeverBlockEventLoop() throws Exception {
    List<CompletableFuture<Boolean>> results = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 5; i++) {
      results.add(onEventLoop(c -> c.createAppPrepay(V3ClientTest.order()).replaceWith(true)));
      results.add(onEventLoop(c -> c.queryByOutTradeNo("20250101120000001").replaceWith(true)));
    }

    for (CompletableFuture<Boolean> result : results) {
      assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(blocked).isEmpty();
  }

  @Test
  void resultsArriveOnEventLoop() throws Exception {
    CompletableFuture<Boolean> onLoop =
        onEventLoop(
            c -> c.createAppPrepay(V3ClientTest.order()).map(p -> Context.isOnEventLoopThread()));

    assertThat(onLoop.get(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void checkerDetectsBlockingCode() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    vertx.runOnContext(
        v -> {
          sleep(LIMIT_MILLIS + 300);
          done.complete(null);
        });
    done.get(10, TimeUnit.SECONDS);

    assertThat(blocked).isNotEmpty();
  }

  /** Subscribes on an event loop and fails the future if the call itself reaches the limit. */
  private CompletableFuture<Boolean> onEventLoop(Function<WeChatPayClient, Uni<Boolean>> call) {
    return onEventLoop(call, LIMIT_MILLIS);
  }

  private CompletableFuture<Boolean> onEventLoop(
      Function<WeChatPayClient, Uni<Boolean>> call, long limitMillis) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    vertx.runOnContext(
        v -> {
          long start = System.nanoTime();
          call.apply(client).subscribe().with(result::complete, result::completeExceptionally);
          long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
          if (elapsedMillis >= limitMillis) {
            result.completeExceptionally(new AssertionError("Call took " + elapsedMillis + " ms"));
          }
        });
    return result;
  }

  /**
   * Loads and initialises the classes on the call path before the checker is watched, because the
   * first load of Jackson and the JCA providers can take longer than the limit on a cold JVM. That
   * one-time cost is CPU work, not a blocking wait.
   */
  private void warmUp() throws Exception {
    onEventLoop(c -> c.createAppPrepay(V3ClientTest.order()).replaceWith(true), 10_000)
        .get(10, TimeUnit.SECONDS);
    onEventLoop(c -> c.queryByOutTradeNo("20250101120000001").replaceWith(true), 10_000)
        .get(10, TimeUnit.SECONDS);
  }

  private void delayedReply(String method, HttpServerResponse response) {
    String json = method.equals("GET") ? Vectors.text("s6-plaintext.json") : PREPAY_JSON;
    server
        .vertx()
        .setTimer(
            SERVER_DELAY_MILLIS,
            id -> {
              byte[] body = json.getBytes(StandardCharsets.UTF_8);
              ResponseSignature signature = platformSigner.sign(body);
              signature.toHeaders().forEach(response::putHeader);
              response.end(Buffer.buffer(body));
            });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private MerchantConfig config() {
    V3Credentials credentials =
        V3Credentials.load(
            Vectors.V3_KEY,
            Vectors.text("official-merchant-key.pem"),
            Vectors.OFFICIAL_SERIAL,
            Vectors.text("simulated-platform-public-key.pem"),
            Vectors.PLATFORM_KEY_ID,
            List.of());
    return MerchantConfig.builder()
        .apiVersion(ApiVersion.V3)
        .baseUrl(server.baseUrl())
        .appId(Vectors.APP_ID)
        .mchId(Vectors.OFFICIAL_MCH_ID)
        .v3(credentials)
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }
}
