package dev.apppay.prepay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.wechatpay.v3.ResponseSignature;
import dev.apppay.wechatpay.v3.ResponseSigner;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for WeChat Pay's v3 prepay endpoint whose reply signature depends on the order number:
 * orders starting with {@code FORGED} get a reply signed with a key WeChat Pay does not have,
 * {@code PROBE} a {@code WECHATPAY/SIGNTEST/} probe, and every other order a valid reply. It sets
 * every {@code wechatpay.*} property, with keys generated for the run.
 */
public class ReplyForgingServer implements QuarkusTestResourceLifecycleManager {

  private static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026120400000000000077";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyPair merchant = generate();
  private final KeyPair platform = generate();
  private final KeyPair forger = generate();
  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer server =
        await(vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1"));

    Map<String, String> properties = new HashMap<>();
    properties.put("wechatpay.api-version", "V3");
    properties.put("wechatpay.base-url", "http://127.0.0.1:" + server.actualPort());
    properties.put("wechatpay.app-id", "wx0123456789abcdef");
    properties.put("wechatpay.mch-id", "1900000109");
    // Unused with V3, but other test classes of this module inject it.
    properties.put("wechatpay.v2.api-key", "v2testkeyv2testkeyv2testkey01234");
    properties.put("wechatpay.v3.api-key", "v3testkeyv3testkeyv3testkey01234");
    properties.put("wechatpay.v3.merchant-private-key", pem("PRIVATE KEY", merchant, true));
    properties.put(
        "wechatpay.v3.merchant-serial-number", "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB");
    properties.put("wechatpay.v3.platform-public-key", pem("PUBLIC KEY", platform, false));
    properties.put("wechatpay.v3.platform-public-key-id", PUBLIC_KEY_ID);
    return properties;
  }

  private void handle(HttpServerRequest request) {
    request.body(
        body -> {
          String outTradeNo = outTradeNo(body.result());
          byte[] reply =
              ("{\"prepay_id\":\"wx20261204133000" + "0123456789abcdef0123\"}")
                  .getBytes(StandardCharsets.UTF_8);
          ResponseSignature signature = signature(outTradeNo, reply);
          var response = request.response().setStatusCode(200);
          signature.toHeaders().forEach(response::putHeader);
          response.putHeader("Content-Type", "application/json").end(Buffer.buffer(reply));
        });
  }

  private ResponseSignature signature(String outTradeNo, byte[] reply) {
    if (outTradeNo.startsWith("FORGED")) {
      return new ResponseSigner(PUBLIC_KEY_ID, forger.getPrivate(), Clock.systemUTC()).sign(reply);
    }
    ResponseSignature valid =
        new ResponseSigner(PUBLIC_KEY_ID, platform.getPrivate(), Clock.systemUTC()).sign(reply);
    if (outTradeNo.startsWith("PROBE")) {
      return new ResponseSignature(
          valid.timestamp(),
          valid.nonce(),
          ResponseVerifier.PROBE_PREFIX + valid.signature(),
          valid.serial());
    }
    return valid;
  }

  private static String outTradeNo(Buffer body) {
    try {
      JsonNode json = JSON.readTree(body.getBytes());
      return json.path("out_trade_no").asText();
    } catch (java.io.IOException e) {
      return "";
    }
  }

  @Override
  public void stop() {
    if (vertx != null) {
      await(vertx.close());
    }
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Test server failed to start or stop", e);
    }
  }

  private static String pem(String type, KeyPair keys, boolean privateKey) {
    byte[] der = privateKey ? keys.getPrivate().getEncoded() : keys.getPublic().getEncoded();
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
