package dev.apppay.wechatpay;

/**
 * A reply or notification that is not valid XML or JSON, lacks a required field, or has an
 * unexpected HTTP status.
 */
public final class MalformedReplyException extends WeChatPayException {

  public MalformedReplyException(String message) {
    super(message);
  }

  public MalformedReplyException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
