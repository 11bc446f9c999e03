package dev.apppay.wechatpay;

import java.util.Set;

/**
 * A business error returned by WeChat Pay: v2 {@code result_code=FAIL} with {@code err_code}, or a
 * v3 error status with a JSON {@code code}.
 */
public final class BusinessException extends WeChatPayException {

  private static final Set<String> RETRYABLE_CODES =
      Set.of(
          "SYSTEMERROR",
          "BIZERR_NEED_RETRY",
          "SYSTEM_ERROR",
          "BANK_ERROR",
          "SERVICE_UNAVAILABLE",
          "FREQUENCY_LIMITED",
          "RATELIMIT_EXCEEDED");

  private final String code;
  private final String description;
  private final int httpStatus;
  private final String requestId;

  /**
   * Creates the error.
   *
   * @param code WeChat's error code, for example {@code ORDERPAID} or {@code ORDER_NOT_EXIST}
   * @param description WeChat's human readable message, possibly empty
   * @param httpStatus the HTTP status of the reply (v2 replies are always 200)
   */
  public BusinessException(String code, String description, int httpStatus) {
    this(code, description, httpStatus, null);
  }

  /** Creates the error with the {@code Request-ID} of a v3 reply, for tracing with WeChat Pay. */
  public BusinessException(String code, String description, int httpStatus, String requestId) {
    super(messageOf(code, description, requestId));
    this.code = code;
    this.description = description;
    this.httpStatus = httpStatus;
    this.requestId = requestId;
  }

  private static String messageOf(String code, String description, String requestId) {
    String message = "WeChat Pay returned error code [" + code + "]: " + description;
    return requestId == null ? message : message + " (Request-ID " + requestId + ")";
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The v3 {@code Request-ID} header of the reply, or null. */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns whether the order is already closed (v2 {@code ORDERCLOSED}, v3 {@code ORDER_CLOSED}).
   */
  public boolean isOrderClosed() {
    return "ORDERCLOSED".equals(code) || "ORDER_CLOSED".equals(code);
  }

  /** Returns whether the order is already paid ({@code ORDERPAID}). */
  public boolean isOrderPaid() {
    return "ORDERPAID".equals(code);
  }

  /** True for system errors and rate limits, and for every v3 status of 500 or above. */
  @Override
  public boolean isRetryable() {
    return RETRYABLE_CODES.contains(code) || httpStatus >= 500;
  }
}
