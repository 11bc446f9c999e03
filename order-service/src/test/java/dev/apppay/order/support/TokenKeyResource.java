package dev.apppay.order.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives the service the issuer and public key of {@link TestTokens}. */
public class TokenKeyResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "mp.jwt.verify.issuer",
        TestTokens.ISSUER,
        "mp.jwt.verify.publickey",
        TestTokens.publicKeyPem());
  }

  @Override
  public void stop() {
    // The key pair lives as long as the JVM.
  }
}
