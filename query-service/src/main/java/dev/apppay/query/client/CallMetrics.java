package dev.apppay.query.client;

import dev.apppay.wechatpay.BusinessException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts calls to WeChat Pay as {@code apppay.query.wechatpay.calls}, tagged with the operation
 * ({@code query}, {@code close}) and the outcome: the trade state, the close outcome, WeChat's
 * error code or the failure's class name.
 */
@ApplicationScoped
public class CallMetrics {

  static final String CALLS = "apppay.query.wechatpay.calls";

  private final MeterRegistry registry;

  public CallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String operation, String outcome) {
    registry.counter(CALLS, "operation", operation, "outcome", outcome).increment();
  }

  void recordFailure(String operation, Throwable error) {
    String outcome =
        error instanceof BusinessException business
            ? business.code()
            : error.getClass().getSimpleName();
    record(operation, outcome);
  }
}
