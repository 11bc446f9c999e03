package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.TransportException;
import dev.apppay.wechatpay.v3.ErrorBody;
import dev.apppay.wechatpay.v3.RequestSigner;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.V3Json;
import dev.apppay.wechatpay.v3.WechatpayHeaders;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One v3 request and reply: signs the request, verifies every 2xx reply over its raw body, and
 * turns error statuses into {@link BusinessException}s with WeChat's code.
 */
final class V3Exchange implements AutoCloseable {

  private final HttpTransport transport;
  private final RequestSigner signer;
  private final ResponseVerifier verifier;
  private final String platformPublicKeyId;

  V3Exchange(
      HttpTransport transport,
      RequestSigner signer,
      ResponseVerifier verifier,
      String platformPublicKeyId) {
    this.transport = transport;
    this.signer = signer;
    this.verifier = verifier;
    this.platformPublicKeyId = platformPublicKeyId;
  }

  /**
   * Sends the request and returns the verified body of a reply with the expected status. Signing
   * happens on subscription, so a resubscribed (retried) Uni sends a fresh nonce and timestamp.
   */
  Uni<byte[]> send(HttpMethod method, String pathAndQuery, byte[] body, int expectedStatus) {
    return Uni.createFrom()
        .deferred(
            () -> transport.send(method, pathAndQuery, headers(method, pathAndQuery, body), body))
        .map(reply -> check(reply, method, pathAndQuery, expectedStatus));
  }

  private Map<String, String> headers(HttpMethod method, String pathAndQuery, byte[] body) {
    byte[] signedBody = body == null ? new byte[0] : body;
    String canonicalUrl = transport.canonicalUrl(pathAndQuery);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        WechatpayHeaders.AUTHORIZATION,
        signer.sign(method.name(), canonicalUrl, signedBody).format());
    headers.put("Accept", "application/json");
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    if (platformPublicKeyId != null) {
      headers.put(WechatpayHeaders.SERIAL, platformPublicKeyId);
    }
    return headers;
  }

  private byte[] check(HttpReply reply, HttpMethod method, String path, int expectedStatus) {
    if (!reply.isSuccess()) {
      throw errorOf(reply, method.name() + " " + path);
    }
    verifier.verify(reply.headers(), reply.body());
    if (reply.status() != expectedStatus) {
      throw new MalformedReplyException(
          method.name()
              + " "
              + path
              + " returned HTTP "
              + reply.status()
              + ", expected "
              + expectedStatus);
    }
    return reply.body();
  }

  private static RuntimeException errorOf(HttpReply reply, String call) {
    ErrorBody error;
    try {
      error = V3Json.read(reply.body(), ErrorBody.class);
    } catch (MalformedReplyException e) {
      error = null;
    }
    if (error == null || error.code() == null) {
      String message = call + " returned HTTP " + reply.status() + " without an error code";
      return reply.status() >= 500
          ? new TransportException(message, null)
          : new MalformedReplyException(message);
    }
    String description = error.message() == null ? "" : error.message();
    String requestId = reply.headers().apply(WechatpayHeaders.REQUEST_ID);
    return new BusinessException(error.code(), description, reply.status(), requestId);
  }

  @Override
  public void close() {
    transport.close();
  }
}
