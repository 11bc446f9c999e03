package dev.apppay.wechatpay;

/** No complete reply arrived within the configured read timeout; the outcome is unknown. */
public final class RequestTimeoutException extends WeChatPayException {

  public RequestTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
