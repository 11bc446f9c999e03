package dev.apppay.query.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Queries only once an hour, so an order reaches WeChat Pay only through a close or a refresh and
 * those paths can be tested without the backoff queries racing them.
 */
public class SlowChecksProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("query.check.delays", "1h");
  }
}
