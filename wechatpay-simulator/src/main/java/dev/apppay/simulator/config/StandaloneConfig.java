package dev.apppay.simulator.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.apppay.simulator.PlatformKeyMode;
import dev.apppay.simulator.SimulatorConfig;
import dev.apppay.simulator.fault.FaultSettings;
import dev.apppay.simulator.store.StateFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Configuration of the standalone simulator, from system properties or environment variables. The
 * merchant settings use the services' property names, so one environment serves both.
 *
 * @param credentialsFile where to write the credentials for the services, or {@code null}
 */
public record StandaloneConfig(SimulatorConfig simulator, Path credentialsFile) {

  /** Default port of the standalone simulator. */
  public static final int DEFAULT_PORT = 8090;

  /** Default state file, relative to the working directory. */
  public static final String DEFAULT_STATE_FILE = "wechatpay-simulator-state.json";

  /** Reads the configuration from {@code properties}, then {@code environment}. */
  public static StandaloneConfig read(Properties properties, Map<String, String> environment) {
    Settings settings = new Settings(properties, environment);
    SimulatorConfig simulator =
        SimulatorConfig.builder()
            .host(settings.get("simulator.host").orElse("127.0.0.1"))
            .port(settings.getInt("simulator.port", DEFAULT_PORT))
            .merchant(
                settings.getOrNull("wechatpay.app-id"), settings.getOrNull("wechatpay.mch-id"))
            .v2ApiKey(settings.getOrNull("wechatpay.v2.api-key"))
            .v3ApiKey(settings.getOrNull("wechatpay.v3.api-key"))
            .merchantKey(
                settings.getOrNull("wechatpay.v3.merchant-private-key"),
                settings.getOrNull("wechatpay.v3.merchant-serial-number"))
            .platformKey(
                settings.getOrNull("simulator.platform-private-key"),
                settings.getOrNull("wechatpay.v3.platform-public-key-id"))
            .platformCertificate(settings.getOrNull("simulator.platform-certificate"))
            .platformKeyMode(platformKeyMode(settings.get("simulator.platform-key-mode")))
            .stateFile(Path.of(settings.get("simulator.state-file").orElse(DEFAULT_STATE_FILE)))
            .timeScale(settings.getDouble("simulator.time-scale", 1.0))
            .notifyTimeout(Duration.ofMillis(settings.getLong("simulator.notify-timeout-ms", 5000)))
            .faults(faults(settings.get("simulator.faults")))
            .faultSeed(settings.getLong("simulator.fault-seed", 0))
            .build();
    Path credentialsFile = settings.get("simulator.credentials-file").map(Path::of).orElse(null);
    return new StandaloneConfig(simulator, credentialsFile);
  }

  private static PlatformKeyMode platformKeyMode(Optional<String> value) {
    try {
      return value.map(PlatformKeyMode::valueOf).orElse(PlatformKeyMode.PUBLIC_KEY);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "simulator.platform-key-mode must be PUBLIC_KEY or CERTIFICATE, got ["
              + value.get()
              + "]",
          e);
    }
  }

  private static FaultSettings faults(Optional<String> json) {
    if (json.isEmpty()) {
      return FaultSettings.NONE;
    }
    try {
      return StateFile.MAPPER.readValue(json.get(), FaultSettings.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "simulator.faults is not a valid fault settings JSON object: " + e.getOriginalMessage(),
          e);
    }
  }
}
