package dev.apppay.simulator.support;

import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.WeChatPaySimulator;

/**
 * Simulator configurations for tests that reuse one set of generated keys per JVM, because RSA key
 * generation dominates the start time of a simulator.
 */
public final class TestConfigs {

  private static SimulatorCredentials keys;

  private TestConfigs() {}

  /** Returns a builder with this JVM's test keys and a retry schedule compressed 1000 times. */
  public static synchronized SimulatorConfig.Builder builder() {
    if (keys == null) {
      try (WeChatPaySimulator generator =
          WeChatPaySimulator.start(SimulatorConfig.builder().build())) {
        keys = generator.credentials();
      }
    }
    return SimulatorConfig.builder()
        .merchantKey(keys.merchantPrivateKey(), keys.merchantSerialNumber())
        .platformKey(keys.platformPrivateKey(), keys.platformPublicKeyId())
        .timeScale(0.001);
  }
}
