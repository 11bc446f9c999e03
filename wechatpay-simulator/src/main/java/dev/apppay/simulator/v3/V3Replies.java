package dev.apppay.simulator.v3;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.apppay.simulator.store.StateFile;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v3.ResponseSignature;
import dev.apppay.wechatpay.v3.ResponseSigner;
import dev.apppay.wechatpay.v3.WechatpayHeaders;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.UncheckedIOException;

/**
 * Writes v3 replies signed with the platform key, with {@code Request-ID} and the {@code
 * Wechatpay-*} signature headers. Error replies are signed too, as WeChat Pay signs them.
 */
final class V3Replies {

  private final PlatformSigners signers;

  V3Replies(PlatformSigners signers) {
    this.signers = signers;
  }

  /** Sends {@code status} with {@code body} serialized as JSON, or no body when it is null. */
  void send(RoutingContext context, int status, Object body) {
    HttpServerResponse response = context.response();
    if (response.closed() || response.ended()) {
      return;
    }
    byte[] bytes = body == null ? new byte[0] : toJson(body);
    ResponseSigner signer = signers.forReply(context.request().getHeader(WechatpayHeaders.SERIAL));
    ResponseSignature signature = signer.sign(bytes);
    response.putHeader(WechatpayHeaders.TIMESTAMP, Long.toString(signature.timestamp()));
    response.putHeader(WechatpayHeaders.NONCE, signature.nonce());
    response.putHeader(WechatpayHeaders.SIGNATURE, signature.signature());
    response.putHeader(WechatpayHeaders.SERIAL, signature.serial());
    response.putHeader(WechatpayHeaders.REQUEST_ID, Nonces.randomString("0123456789ABCDEF", 40));
    if (body != null) {
      response.putHeader("Content-Type", "application/json; charset=utf-8");
    }
    response.setStatusCode(status).end(Buffer.buffer(bytes));
  }

  void sendError(RoutingContext context, V3Error error) {
    send(context, error.status(), error.body());
  }

  static byte[] toJson(Object body) {
    try {
      return StateFile.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Failed to serialize a v3 reply", e);
    }
  }
}
