package dev.apppay.order.client;

/**
 * A prepay that prepay-service did not create, with the status this service replies with.
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
   * @param status 409 when the order cannot get a prepay, 502 when WeChat Pay or prepay-service
   *     failed, 503 when prepay-service was unreachable, 504 when it did not reply in time
   * @param code WeChat's error code, or the kind of failure such as {@code PREPAY_TIMEOUT}
   * @param retryable whether the same order creation request may be sent again
   * @param detail a message for the app, without keys, signatures or upstream text
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
