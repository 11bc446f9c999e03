package dev.apppay.simulator.config;

import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.SimulatorCredentials;
import java.security.KeyPair;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides the simulator's credentials, item by item: the configured value, else the one kept in the
 * state file, else a freshly generated test value.
 */
public final class CredentialResolver {

  /** AppID used when none is configured or stored. */
  public static final String DEFAULT_APP_ID = "wx0123456789abcdef";

  /** Merchant id used when none is configured or stored. */
  public static final String DEFAULT_MCH_ID = "1900000109";

  private final TestKeys testKeys = new TestKeys();

  /**
   * Resolves every credential. The platform public key and a missing platform certificate are
   * derived later from the platform key, by {@link KeyMaterial#complete}.
   */
  public SimulatorCredentials resolve(
      SimulatorConfig config, Optional<SimulatorCredentials> stored) {
    Function<Function<SimulatorCredentials, String>, Optional<String>> fromStore =
        getter -> stored.map(getter);
    String mchId =
        pick(config.mchId(), fromStore.apply(SimulatorCredentials::mchId), () -> DEFAULT_MCH_ID);
    return new SimulatorCredentials(
        pick(config.appId(), fromStore.apply(SimulatorCredentials::appId), () -> DEFAULT_APP_ID),
        mchId,
        pick(config.v2ApiKey(), fromStore.apply(SimulatorCredentials::v2ApiKey), testKeys::apiKey),
        pick(config.v3ApiKey(), fromStore.apply(SimulatorCredentials::v3ApiKey), testKeys::apiKey),
        pick(
            config.merchantPrivateKey(),
            fromStore.apply(SimulatorCredentials::merchantPrivateKey),
            this::generatePrivateKey),
        pick(
            config.merchantSerialNumber(),
            fromStore.apply(SimulatorCredentials::merchantSerialNumber),
            testKeys::serialNumber),
        pick(
            config.platformPrivateKey(),
            fromStore.apply(SimulatorCredentials::platformPrivateKey),
            this::generatePrivateKey),
        null,
        pick(
            config.platformPublicKeyId(),
            fromStore.apply(SimulatorCredentials::platformPublicKeyId),
            () -> testKeys.publicKeyId(mchId)),
        pick(
            config.platformCertificate(),
            fromStore.apply(SimulatorCredentials::platformCertificate),
            () -> null));
  }

  private String generatePrivateKey() {
    KeyPair keyPair = testKeys.rsaKeyPair();
    return TestKeys.privateKeyPem(keyPair);
  }

  private static String pick(
      String configured, Optional<String> stored, Supplier<String> generated) {
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return stored.filter(value -> !value.isBlank()).orElseGet(generated);
  }
}
