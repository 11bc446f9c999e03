package dev.apppay.simulator.support;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.v3.AuthorizationHeader;
import dev.apppay.wechatpay.v3.RequestSigner;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.VerificationKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A merchant backend's v3 calls, signed with the library, over real HTTP. */
public final class MerchantV3Client {

  private final String baseUrl;
  private final SimulatorCredentials credentials;
  private final RequestSigner signer;
  private final ResponseVerifier verifier;
  private final Map<String, String> extraHeaders = new HashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public MerchantV3Client(String baseUrl, SimulatorCredentials credentials) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.signer =
        new RequestSigner(
            credentials.mchId(), credentials.merchantSerialNumber(),
            PemReader.privateKey(credentials.merchantPrivateKey()), Clock.systemUTC());
    VerificationKeys keys =
        VerificationKeys.builder()
            .add(
                credentials.platformPublicKeyId(),
                PemReader.publicKey(credentials.platformPublicKey()))
            .add(PemReader.certificate(credentials.platformCertificate()))
            .build();
    this.verifier = new ResponseVerifier(keys, Clock.systemUTC());
  }

  /** Returns an APP prepay body with the merchant's ids. */
  public String prepayBody(String outTradeNo, long total, String notifyUrl) {
    return "{\"appid\":\""
        + credentials.appId()
        + "\",\"mchid\":\""
        + credentials.mchId()
        + "\",\"description\":\"示例应用-会员充值\",\"out_trade_no\":\""
        + outTradeNo
        + "\",\"notify_url\":\""
        + notifyUrl
        + "\",\"amount\":{\"total\":"
        + total
        + ",\"currency\":\"CNY\"}}";
  }

  public V3Reply prepay(String outTradeNo, long total, String notifyUrl) throws Exception {
    return send("POST", "/v3/pay/transactions/app", prepayBody(outTradeNo, total, notifyUrl));
  }

  public V3Reply query(String outTradeNo) throws Exception {
    return send(
        "GET",
        "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?mchid=" + credentials.mchId(),
        "");
  }

  public V3Reply queryById(String transactionId) throws Exception {
    return send(
        "GET", "/v3/pay/transactions/id/" + transactionId + "?mchid=" + credentials.mchId(), "");
  }

  public V3Reply close(String outTradeNo) throws Exception {
    return send(
        "POST",
        "/v3/pay/transactions/out-trade-no/" + outTradeNo + "/close",
        "{\"mchid\":\"" + credentials.mchId() + "\"}");
  }

  /** Signs and sends a request with the usual headers. */
  public V3Reply send(String method, String pathAndQuery, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    AuthorizationHeader authorization = signer.sign(method, pathAndQuery, bytes);
    return send(method, pathAndQuery, body, authorization.format(), true);
  }

  /** Sends a request with the given Authorization, with or without Accept and User-Agent. */
  public V3Reply send(
      String method, String pathAndQuery, String body, String authorization, boolean usualHeaders)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    extraHeaders.forEach(request::header);
    if (usualHeaders) {
      request.header("Accept", "application/json").header("User-Agent", "apppay-test/1.0");
    }
    if (method.equals("GET")) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return new V3Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  /** Sends {@code name: value} with every later request, such as {@code Wechatpay-Serial}. */
  public void setHeader(String name, String value) {
    extraHeaders.put(name, value);
  }

  /** Returns the signer, to build requests with chosen timestamps. */
  public RequestSigner signer() {
    return signer;
  }

  /** Verifies a reply's signature headers with the platform public key. */
  public void verify(V3Reply reply) {
    verifier.verify(reply::header, reply.body());
  }
}
