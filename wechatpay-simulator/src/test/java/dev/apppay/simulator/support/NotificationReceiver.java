package dev.apppay.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.v2.V2Verifier;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.VerificationKeys;
import dev.apppay.wechatpay.xml.XmlCodec;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A merchant's notification endpoint for tests: a real Vert.x HTTP server that verifies every
 * notification with the protocol library, records it, and acknowledges it unless verification fails
 * or a configured number of rejections is still due.
 */
public final class NotificationReceiver implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String V2_SUCCESS =
      "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>";
  private static final String V2_FAIL =
      "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[rejected]]></return_msg></xml>";

  private final Vertx vertx = Vertx.vertx();
  private final V2Verifier v2Verifier;
  private final ResponseVerifier v3Verifier;
  private final AesGcmCipher cipher;
  private final XmlCodec codec = new XmlCodec();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger rejectionsDue = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile long replyDelayMillis;
  private HttpServer server;

  private NotificationReceiver(SimulatorCredentials credentials) {
    this.v2Verifier = new V2Verifier(credentials.v2ApiKey());
    VerificationKeys keys =
        VerificationKeys.builder()
            .add(
                credentials.platformPublicKeyId(),
                PemReader.publicKey(credentials.platformPublicKey()))
            .add(PemReader.certificate(credentials.platformCertificate()))
            .build();
    this.v3Verifier = new ResponseVerifier(keys, Clock.systemUTC());
    this.cipher = new AesGcmCipher(credentials.v3ApiKey());
  }

  /** Starts a receiver on a free port that verifies with {@code credentials}. */
  public static NotificationReceiver start(SimulatorCredentials credentials) throws Exception {
    NotificationReceiver receiver = new NotificationReceiver(credentials);
    receiver.server =
        receiver
            .vertx
            .createHttpServer()
            .requestHandler(receiver::handle)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    return receiver;
  }

  public String url() {
    return "http://127.0.0.1:" + server.actualPort() + "/notify";
  }

  /**
   * Rejects the next {@code count} verified notifications, as a merchant with a failing database.
   */
  public void rejectNext(int count) {
    rejectionsDue.set(count);
  }

  /** Waits this long before replying, so that concurrent copies overlap. */
  public void delayReplies(Duration delay) {
    replyDelayMillis = delay.toMillis();
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  /** Returns the most copies that were in flight at the same time. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Waits until at least {@code count} notifications arrived, then returns them all. */
  public List<Received> awaitReceived(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return received();
  }

  private void handle(HttpServerRequest request) {
    int current = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(current, Math::max);
    request
        .body()
        .onSuccess(
            buffer -> {
              byte[] body = buffer.getBytes();
              Received notification = verify(request, body);
              received.add(notification);
              boolean acknowledge = notification.verified() && rejectionsDue.getAndDecrement() <= 0;
              Runnable reply = () -> reply(request, notification.isV2(), acknowledge);
              if (replyDelayMillis > 0) {
                vertx.setTimer(replyDelayMillis, timer -> reply.run());
              } else {
                reply.run();
              }
            });
  }

  private void reply(HttpServerRequest request, boolean v2, boolean acknowledge) {
    inFlight.decrementAndGet();
    if (v2) {
      request.response().setStatusCode(200).end(acknowledge ? V2_SUCCESS : V2_FAIL);
    } else if (acknowledge) {
      request.response().setStatusCode(204).end();
    } else {
      request.response().setStatusCode(500).end("{\"code\":\"FAIL\",\"message\":\"rejected\"}");
    }
  }

  private Received verify(HttpServerRequest request, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    Map<String, String> headers = Map.copyOf(toMap(request));
    if (text.startsWith("<")) {
      return verifyV2(headers, text);
    }
    return verifyV3(request, headers, body, text);
  }

  private Received verifyV2(Map<String, String> headers, String text) {
    Map<String, String> fields = codec.decode(text);
    String error = null;
    try {
      v2Verifier.verify(fields);
    } catch (SignatureVerificationException e) {
      error = e.reason().name();
    }
    return new Received(Instant.now(), headers, text, error == null, error, fields, null, null);
  }

  private Received verifyV3(
      HttpServerRequest request, Map<String, String> headers, byte[] body, String text) {
    try {
      v3Verifier.verify(request::getHeader, body);
      JsonNode envelope = JSON.readTree(body);
      JsonNode resource = envelope.path("resource");
      String plaintext =
          cipher.decrypt(
              resource.path("associated_data").asText(),
              resource.path("nonce").asText(),
              resource.path("ciphertext").asText());
      return new Received(
          Instant.now(), headers, text, true, null, null, envelope, JSON.readTree(plaintext));
    } catch (SignatureVerificationException e) {
      return new Received(Instant.now(), headers, text, false, e.reason().name(), null, null, null);
    } catch (Exception e) {
      return new Received(Instant.now(), headers, text, false, e.toString(), null, null, null);
    }
  }

  private static Map<String, String> toMap(HttpServerRequest request) {
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach(entry -> headers.put(entry.getKey(), entry.getValue()));
    return headers;
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /**
   * One received notification.
   *
   * @param v2Fields the decoded v2 fields, null for v3
   * @param envelope the v3 envelope when verified, else null
   * @param transaction the decrypted v3 transaction when verified, else null
   */
  public record Received(
      Instant at,
      Map<String, String> headers,
      String body,
      boolean verified,
      String verificationError,
      Map<String, String> v2Fields,
      JsonNode envelope,
      JsonNode transaction) {

    boolean isV2() {
      return v2Fields != null;
    }

    /** Returns the out_trade_no, from the v2 fields or the decrypted v3 transaction. */
    public String outTradeNo() {
      if (v2Fields != null) {
        return v2Fields.get("out_trade_no");
      }
      return transaction == null ? null : transaction.path("out_trade_no").asText();
    }

    /** Returns the v3 notification id, read from the raw body even when verification failed. */
    public String notificationId() {
      try {
        return JSON.readTree(body).path("id").asText();
      } catch (Exception e) {
        return null;
      }
    }
  }
}
