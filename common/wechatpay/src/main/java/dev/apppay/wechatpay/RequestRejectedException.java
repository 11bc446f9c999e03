package dev.apppay.wechatpay;

/**
 * A v2 reply with {@code return_code=FAIL}: WeChat Pay rejected the request before any business
 * processing (bad signature, malformed XML, missing parameter). Such replies carry no signature.
 */
public final class RequestRejectedException extends WeChatPayException {

  private final String returnMessage;

  public RequestRejectedException(String returnMessage) {
    super("WeChat Pay rejected the request: " + returnMessage);
    this.returnMessage = returnMessage;
  }

  /** WeChat's {@code return_msg}, for example {@code 签名错误}. */
  public String returnMessage() {
    return returnMessage;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
