package dev.apppay.query.rest;

import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.RequestRejectedException;
import dev.apppay.wechatpay.RequestTimeoutException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.TransportException;
import dev.apppay.wechatpay.WeChatPayException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps a failed call to WeChat Pay to 502 with WeChat's error code, or this service's name for a
 * failure without one. The exception text goes to the log only.
 */
@Provider
public class WeChatPayErrorMapper implements ExceptionMapper<WeChatPayException> {

  @Override
  public Response toResponse(WeChatPayException error) {
    String code = codeOf(error);
    Log.warnf("WeChat Pay call failed with %s: %s", code, error.getMessage());
    String detail = "The order query at WeChat Pay failed with " + code;
    return Problem.of("wechatpay-error", "WeChat Pay call failed", 502, detail)
        .withCode(code, error.isRetryable())
        .toResponse()
        .build();
  }

  static String codeOf(WeChatPayException error) {
    if (error instanceof BusinessException business) {
      return business.code();
    }
    if (error instanceof RequestTimeoutException) {
      return "TIMEOUT";
    }
    if (error instanceof TransportException) {
      return "TRANSPORT_ERROR";
    }
    if (error instanceof SignatureVerificationException) {
      return "SIGNATURE";
    }
    if (error instanceof RequestRejectedException) {
      return "REQUEST_REJECTED";
    }
    if (error instanceof DecryptionException) {
      return "DECRYPTION";
    }
    if (error instanceof MalformedReplyException) {
      return "MALFORMED_REPLY";
    }
    return "UNKNOWN";
  }
}
