package dev.apppay.wechatpay;

/**
 * A signature check that failed. The {@link Reason} tells which check, so a caller can tell a stale
 * timestamp from a forged signature. The outcome of the call is unknown, so query the order rather
 * than trusting or discarding the reply.
 */
public final class SignatureVerificationException extends WeChatPayException {

  /** The check that failed. */
  public enum Reason {
    /** The v2 {@code sign} field or a v3 signature header is absent. */
    MISSING_SIGNATURE,
    /** The signature does not match the message under the configured key. */
    SIGNATURE_MISMATCH,
    /** The v2 {@code sign_type} names an algorithm other than MD5 or HMAC-SHA256. */
    UNSUPPORTED_SIGN_TYPE,
    /** The v3 timestamp is 5 minutes or more away from the current time. */
    TIMESTAMP_OUT_OF_WINDOW,
    /** No configured key has the serial number or public key id that the message names. */
    UNKNOWN_SERIAL,
    /** The signature is a WeChat Pay probe ({@code WECHATPAY/SIGNTEST/...}), never valid. */
    PROBE_SIGNATURE,
    /** A v3 {@code Authorization} or signature header is present but cannot be parsed. */
    MALFORMED_HEADER
  }

  private final Reason reason;

  public SignatureVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
