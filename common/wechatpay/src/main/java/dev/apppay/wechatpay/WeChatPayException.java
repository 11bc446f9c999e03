package dev.apppay.wechatpay;

/**
 * Base of every failure this library reports. Callers switch on the concrete subclass: a business
 * error from WeChat Pay, a rejected request, a failed signature check, a decryption failure, a
 * transport failure, a timeout or a malformed reply.
 */
public abstract sealed class WeChatPayException extends RuntimeException
    permits BusinessException,
        RequestRejectedException,
        SignatureVerificationException,
        DecryptionException,
        TransportException,
        RequestTimeoutException,
        MalformedReplyException {

  protected WeChatPayException(String message) {
    super(message);
  }

  protected WeChatPayException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether repeating the same request may succeed, because the outcome of this one is unknown. */
  public abstract boolean isRetryable();
}
