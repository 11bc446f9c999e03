package dev.apppay.query.client;

import java.time.Duration;

/** A call to WeChat Pay that the rate limit did not allow within the caller's maximum wait. */
public class RateLimitedException extends RuntimeException {

  private final Duration retryAfter;

  public RateLimitedException(Duration retryAfter) {
    super("WeChat Pay rate limit reached; retry after " + retryAfter.toMillis() + " ms");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
