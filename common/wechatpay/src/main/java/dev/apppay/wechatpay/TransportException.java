package dev.apppay.wechatpay;

/** A connection or I/O failure: the request may or may not have reached WeChat Pay. */
public final class TransportException extends WeChatPayException {

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
