package dev.apppay.prepay.service;

/**
 * A prepay that could not be created, with the reply the caller gets.
 *
 * @see #status()
 */
public class PrepayFailedException extends RuntimeException {

  private final int status;
  private final String code;
  private final boolean retryable;

  /**
   * Creates the failure.
   *
   * @param status 409 when the order cannot get a prepay, 502 when WeChat Pay failed
   * @param code WeChat's error code, or the kind of failure such as {@code TIMEOUT}
   * @param retryable whether the same request may be sent again
   * @param detail a message for the caller, without keys or signatures
   */
  public PrepayFailedException(int status, String code, boolean retryable, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.retryable = retryable;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public boolean retryable() {
    return retryable;
  }
}
