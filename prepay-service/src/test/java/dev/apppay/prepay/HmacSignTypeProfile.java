package dev.apppay.prepay;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Selects HMAC-SHA256 for API v2 requests and app parameters. */
public class HmacSignTypeProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("wechatpay.v2.sign-type", "HMAC-SHA256");
  }
}
