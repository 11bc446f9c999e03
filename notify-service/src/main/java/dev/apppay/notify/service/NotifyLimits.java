package dev.apppay.notify.service;

import java.time.Duration;

/** Bounds on notification handling. */
public final class NotifyLimits {

  /**
   * Largest accepted body: 64 KiB, the v2 XML limit of the protocol library. Real payment
   * notifications are a few KiB, also with many coupon fields.
   */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * Time allowed for verifying and recording one notification. WeChat Pay waits 5 seconds for the
   * reply, so a slower database gets a failure reply, and WeChat Pay delivers again later.
   */
  public static final Duration PROCESSING_TIMEOUT = Duration.ofSeconds(3);

  private NotifyLimits() {}
}
