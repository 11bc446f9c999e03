package dev.apppay.query.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Checks every 100 ms but allows 5 WeChat Pay calls per second with a burst of 1. */
public class TightRateLimitProfile implements QuarkusTestProfile {

  public static final double PER_SECOND = 5;
  public static final int BURST = 1;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "query.check.interval", "100ms",
        "query.check.delays", "100ms",
        "query.rate-limit.per-second", "5",
        "query.rate-limit.burst", "1",
        "query.refresh.max-wait", "0s");
  }
}
