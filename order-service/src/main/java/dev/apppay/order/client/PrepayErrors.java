package dev.apppay.order.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.core.Response;

/** Turns the error replies and transport failures of prepay-service into one exception type. */
final class PrepayErrors {

  private PrepayErrors() {}

  /** Reads a problem+json error reply; the upstream detail text is not passed on. */
  static PrepayFailedException fromReply(Response response) {
    JsonNode problem = readProblem(response);
    String code = problem.path("code").asText(null);
    return switch (response.getStatus()) {
      case 409 -> rejected(code);
      case 502 -> wechatPayFailed(code, problem.path("retryable").asBoolean(false));
      case 400 ->
          new PrepayFailedException(
              502, "INVALID_PREPAY_REQUEST", false, "prepay-service rejected the prepay request");
      default -> unavailable("PREPAY_UNAVAILABLE");
    };
  }

  /** Wraps a connection failure or timeout; prepay-service may or may not have seen the call. */
  static PrepayFailedException fromTransport(Throwable error) {
    return unavailable(isTimeout(error) ? "PREPAY_TIMEOUT" : "PREPAY_UNAVAILABLE");
  }

  private static PrepayFailedException rejected(String code) {
    String detail = "WeChat Pay does not accept a payment for this order: " + code;
    return new PrepayFailedException(409, code, false, detail);
  }

  private static PrepayFailedException wechatPayFailed(String code, boolean retryable) {
    String detail = "WeChat Pay failed to create the prepay: " + code;
    return new PrepayFailedException(502, code, retryable, detail);
  }

  private static PrepayFailedException unavailable(String code) {
    boolean timeout = code.equals("PREPAY_TIMEOUT");
    String detail =
        timeout ? "prepay-service did not reply in time" : "prepay-service is not available";
    return new PrepayFailedException(timeout ? 504 : 503, code, true, detail);
  }

  private static JsonNode readProblem(Response response) {
    try {
      JsonNode body = response.readEntity(JsonNode.class);
      return body == null ? MissingNode.getInstance() : body;
    } catch (RuntimeException e) {
      return MissingNode.getInstance();
    }
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
