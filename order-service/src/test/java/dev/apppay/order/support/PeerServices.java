package dev.apppay.order.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server on 127.0.0.1 that plays prepay-service ({@code POST /prepays}) and
 * query-service ({@code GET /payments/{outTradeNo}}) as docs/architecture.md describes them.
 */
public final class PeerServices implements AutoCloseable {

  /** How {@code POST /prepays} replies. */
  public enum PrepayMode {
    /** 201 with a new prepay, 200 with the same prepay for a repeated order number. */
    SUCCEED,
    /** 502 {@code SYSTEMERROR}, retryable, as when WeChat Pay failed. */
    FAIL_RETRYABLE,
    /** 409 {@code ORDERPAID}, not retryable. */
    REJECT,
    /** 400, the reply of prepay-service to an invalid request. */
    INVALID,
    /** Closes the connection without a reply. */
    DISCONNECT,
    /** Replies only after 5 seconds, later than the client's read timeout. */
    STALL
  }

  public static final String APP_ID = "wxtestappid00001";
  public static final String MCH_ID = "1900000109";
  private static final byte[] SIGNING_KEY = "fake-api-key-for-tests-only-0001".getBytes();

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
  private final List<JsonObject> prepayRequests = new CopyOnWriteArrayList<>();
  private final List<String> paymentQueries = new CopyOnWriteArrayList<>();
  private final Map<String, String> prepayIds = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> payments = new ConcurrentHashMap<>();
  private volatile PrepayMode prepayMode = PrepayMode.SUCCEED;

  private PeerServices() {}

  public static PeerServices start() {
    PeerServices peers = new PeerServices();
    try {
      peers
          .server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      peers.close();
      throw new IllegalStateException("Peer services did not start", e);
    }
    return peers;
  }

  public int port() {
    return server.actualPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public void prepayMode(PrepayMode mode) {
    prepayMode = mode;
  }

  /** Returns the bodies of every {@code POST /prepays} for the order number, in arrival order. */
  public List<JsonObject> prepayRequests(String outTradeNo) {
    List<JsonObject> matching = new ArrayList<>();
    for (JsonObject request : prepayRequests) {
      if (outTradeNo.equals(request.getString("outTradeNo"))) {
        matching.add(request);
      }
    }
    return matching;
  }

  /** Returns the path and query of every {@code GET /payments/...} request. */
  public List<String> paymentQueries() {
    return List.copyOf(paymentQueries);
  }

  /** Sets what {@code GET /payments/{outTradeNo}} returns; unknown orders get 404. */
  public void payment(String outTradeNo, String status, long amountFen) {
    payments.put(
        outTradeNo,
        new JsonObject()
            .put("outTradeNo", outTradeNo)
            .put("status", status)
            .put("transactionId", status.equals("PAID") ? "4200000000" + outTradeNo.length() : null)
            .put("amountFen", amountFen)
            .put("paidAt", status.equals("PAID") ? Instant.now().toString() : null)
            .put("lastCheckedAt", Instant.now().toString()));
  }

  private void handle(HttpServerRequest request) {
    if (request.method().name().equals("POST") && request.path().equals("/prepays")) {
      request.body().onSuccess(body -> prepay(request, new JsonObject(body)));
    } else if (request.method().name().equals("GET") && request.path().startsWith("/payments/")) {
      payment(request);
    } else {
      reply(request, 404, problem(404, "Not found", null, null));
    }
  }

  private void prepay(HttpServerRequest request, JsonObject body) {
    prepayRequests.add(body);
    switch (prepayMode) {
      case SUCCEED -> succeed(request, body);
      case FAIL_RETRYABLE ->
          reply(request, 502, problem(502, "WeChat Pay failed", "SYSTEMERROR", true));
      case REJECT ->
          reply(request, 409, problem(409, "Order cannot get a prepay", "ORDERPAID", false));
      case INVALID -> reply(request, 400, problem(400, "Invalid prepay request", null, null));
      case DISCONNECT -> request.connection().close();
      case STALL -> vertx.setTimer(5000, id -> succeed(request, body));
    }
  }

  private void succeed(HttpServerRequest request, JsonObject body) {
    String outTradeNo = body.getString("outTradeNo");
    boolean created = !prepayIds.containsKey(outTradeNo);
    String prepayId = prepayIds.computeIfAbsent(outTradeNo, n -> "wx" + System.nanoTime());
    JsonObject reply =
        new JsonObject()
            .put("outTradeNo", outTradeNo)
            .put("prepayId", prepayId)
            .put("apiVersion", "V2")
            .put("expiresAt", Instant.now().plusSeconds(7200).toString())
            .put("appParams", appParams(prepayId));
    reply(request, created ? 201 : 200, reply);
  }

  private static JsonObject appParams(String prepayId) {
    JsonObject params =
        new JsonObject()
            .put("appid", APP_ID)
            .put("noncestr", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS")
            .put("package", "Sign=WXPay")
            .put("partnerid", MCH_ID)
            .put("prepayid", prepayId)
            .put("timestamp", "1764855000");
    return params.put("sign", sign(params));
  }

  /** Signs as APIv2 HMAC-SHA256 does: sorted key=value pairs joined by &amp;, then the key. */
  private static String sign(JsonObject params) {
    StringBuilder text = new StringBuilder();
    params.fieldNames().stream()
        .sorted()
        .forEach(k -> text.append(k).append('=').append(params.getString(k)).append('&'));
    text.append("key=").append(new String(SIGNING_KEY, StandardCharsets.US_ASCII));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SIGNING_KEY, "HmacSHA256"));
      byte[] digest = mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private void payment(HttpServerRequest request) {
    paymentQueries.add(request.uri());
    String outTradeNo = request.path().substring("/payments/".length());
    JsonObject payment = payments.get(outTradeNo);
    if (payment == null) {
      reply(request, 404, problem(404, "Payment not found", null, null));
    } else {
      reply(request, 200, payment);
    }
  }

  private static JsonObject problem(int status, String title, String code, Boolean retryable) {
    JsonObject problem =
        new JsonObject().put("type", "/problems/test").put("title", title).put("status", status);
    if (code != null) {
      problem.put("code", code).put("retryable", retryable).put("detail", "internal detail");
    }
    return problem;
  }

  private static void reply(HttpServerRequest request, int status, JsonObject body) {
    String type = status >= 400 ? "application/problem+json" : "application/json";
    request.response().setStatusCode(status).putHeader("Content-Type", type).end(body.encode());
  }

  @Override
  public void close() {
    server.close();
    vertx.close();
  }
}
