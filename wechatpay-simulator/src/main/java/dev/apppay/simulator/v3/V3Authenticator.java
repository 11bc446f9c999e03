package dev.apppay.simulator.v3;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.v3.AuthorizationHeader;
import dev.apppay.wechatpay.v3.RequestVerifier;
import dev.apppay.wechatpay.v3.SignatureMessages;
import dev.apppay.wechatpay.v3.VerificationKeys;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a v3 request as WeChat Pay does: Accept and User-Agent present, then the Authorization
 * (format, 5-minute timestamp window, merchant certificate serial, signature over the method, path
 * with query as sent, timestamp, nonce and raw body), then the merchant id.
 */
final class V3Authenticator {

  private static final int TRUNCATED_MESSAGE_CHARS = 200;

  private final SimulatorCredentials credentials;
  private final RequestVerifier verifier;

  /**
   * Creates the authenticator; {@code wallClock} is the unshifted clock of the timestamp window.
   */
  V3Authenticator(SimulatorCredentials credentials, PublicKey merchantKey, Clock wallClock) {
    this.credentials = credentials;
    VerificationKeys keys = VerificationKeys.of(credentials.merchantSerialNumber(), merchantKey);
    this.verifier = new RequestVerifier(keys, wallClock);
  }

  /** Returns the verified merchant id of the request. */
  String authenticate(HttpServerRequest request, byte[] body) throws V3Error {
    if (isBlank(request.getHeader("Accept")) || isBlank(request.getHeader("User-Agent"))) {
      throw new V3Error(400, "INVALID_REQUEST", "Http头缺少Accept或User-Agent");
    }
    AuthorizationHeader header;
    try {
      header =
          verifier.verify(
              request.method().name(), request.uri(), body, request.getHeader("Authorization"));
    } catch (SignatureVerificationException e) {
      throw signError(request, body, e);
    }
    if (!header.mchId().equals(credentials.mchId())) {
      throw new V3Error(400, "MCH_NOT_EXISTS", "商户号不存在");
    }
    return header.mchId();
  }

  private static V3Error signError(
      HttpServerRequest request, byte[] body, SignatureVerificationException exception) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("field", "signature");
    detail.put("location", "authorization");
    detail.put("detail", Map.of("issue", issueOf(exception)));
    if (exception.reason() == SignatureVerificationException.Reason.SIGNATURE_MISMATCH) {
      detail.put("sign_information", signInformation(request, body));
    }
    return new V3Error(401, "SIGN_ERROR", "错误的签名，验签失败", detail);
  }

  private static String issueOf(SignatureVerificationException exception) {
    return switch (exception.reason()) {
      case SIGNATURE_MISMATCH -> "sign not match";
      case TIMESTAMP_OUT_OF_WINDOW -> "timestamp is 5 minutes or more away from the server time";
      case UNKNOWN_SERIAL -> "serial_no is not a certificate of this merchant";
      case MISSING_SIGNATURE -> "Authorization header is missing";
      default -> "Authorization header is malformed";
    };
  }

  /** Returns what the server signed, so that a merchant can compare it with its own message. */
  private static Map<String, Object> signInformation(HttpServerRequest request, byte[] body) {
    AuthorizationHeader header = AuthorizationHeader.parse(request.getHeader("Authorization"));
    byte[] message =
        SignatureMessages.request(
            request.method().name(), request.uri(), header.timestamp(), header.nonce(), body);
    String text = new String(message, StandardCharsets.UTF_8);
    Map<String, Object> information = new LinkedHashMap<>();
    information.put("method", request.method().name());
    information.put("url", request.uri());
    information.put("sign_message_length", message.length);
    information.put(
        "truncated_sign_message",
        text.length() <= TRUNCATED_MESSAGE_CHARS
            ? text
            : text.substring(0, TRUNCATED_MESSAGE_CHARS));
    return information;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
