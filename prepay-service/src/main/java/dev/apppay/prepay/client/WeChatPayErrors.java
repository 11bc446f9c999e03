package dev.apppay.prepay.client;

import dev.apppay.prepay.service.PrepayFailedException;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.RequestRejectedException;
import dev.apppay.wechatpay.RequestTimeoutException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.TransportException;
import java.util.Set;

/** Maps the library's failures of a unified order call to the replies of {@code POST /prepays}. */
final class WeChatPayErrors {

  /** Codes after which this order number can never get a prepay: a new order is needed. */
  private static final Set<String> CONFLICTS =
      Set.of("ORDERPAID", "ORDERCLOSED", "OUT_TRADE_NO_USED");

  private WeChatPayErrors() {}

  /** Returns the failure to reply with, or the error itself when it is not a WeChat Pay failure. */
  static Throwable toPrepayFailure(Throwable error) {
    if (error instanceof BusinessException business) {
      return business(business);
    }
    if (error instanceof RequestTimeoutException) {
      return unknownOutcome("TIMEOUT", "WeChat Pay did not reply in time");
    }
    if (error instanceof TransportException) {
      return unknownOutcome("TRANSPORT", "The connection to WeChat Pay failed");
    }
    if (error instanceof SignatureVerificationException signature) {
      return unknownOutcome(
          "SIGNATURE", "WeChat Pay's reply failed signature verification: " + signature.reason());
    }
    if (error instanceof MalformedReplyException) {
      return unknownOutcome("MALFORMED_REPLY", "WeChat Pay's reply could not be read");
    }
    if (error instanceof RequestRejectedException rejected) {
      return new PrepayFailedException(
          502,
          "REQUEST_REJECTED",
          false,
          "WeChat Pay rejected the request: " + rejected.returnMessage());
    }
    return error;
  }

  private static PrepayFailedException business(BusinessException error) {
    String code = normalize(error);
    String detail = "WeChat Pay returned " + code + ": " + error.description();
    if (CONFLICTS.contains(code)) {
      return new PrepayFailedException(409, code, false, detail);
    }
    return new PrepayFailedException(502, code, error.isRetryable(), detail);
  }

  /**
   * Returns the v2 name of a conflict code. v3 uses {@code ORDER_CLOSED}, and WeChat Pay has been
   * seen to report a changed re-entry as {@code INVALID_REQUEST} "201 商户订单号重复".
   */
  private static String normalize(BusinessException error) {
    if (error.isOrderClosed()) {
      return "ORDERCLOSED";
    }
    boolean duplicate = error.description() != null && error.description().contains("商户订单号重复");
    if ("INVALID_REQUEST".equals(error.code()) && duplicate) {
      return "OUT_TRADE_NO_USED";
    }
    return error.code();
  }

  private static PrepayFailedException unknownOutcome(String code, String detail) {
    return new PrepayFailedException(
        502, code, true, detail + "; the outcome is unknown, so retry with identical parameters");
  }
}
