package dev.apppay.simulator;

import dev.apppay.simulator.fault.FaultSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Settings of one simulator instance. Build with {@link #builder()}; every setting has a default.
 *
 * <p>Credentials left {@code null} are taken from the state file when it has them, and generated
 * otherwise.
 *
 * @param port TCP port; 0 picks a free one
 * @param platformCertificate PEM certificate of the platform key for certificate mode; {@code null}
 *     issues a self-signed one
 * @param platformKeyMode whether v3 signatures name the public key id or the certificate serial
 * @param stateFile JSON file that keeps keys, orders and deliveries across restarts; {@code null}
 *     keeps everything in memory
 * @param timeScale factor for the notification retry schedule; 0.001 turns 15 s into 15 ms
 * @param notifyTimeout how long a notification waits for the merchant's reply
 * @param faults global faults in force at start
 * @param faultSeed seed of the random drop decisions
 * @param clock base clock; business time can be advanced beyond it through the control API
 */
public record SimulatorConfig(
    String host,
    int port,
    String appId,
    String mchId,
    String v2ApiKey,
    String v3ApiKey,
    String merchantPrivateKey,
    String merchantSerialNumber,
    String platformPrivateKey,
    String platformPublicKeyId,
    String platformCertificate,
    PlatformKeyMode platformKeyMode,
    Path stateFile,
    double timeScale,
    Duration notifyTimeout,
    FaultSettings faults,
    long faultSeed,
    Clock clock) {

  public SimulatorConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("timeScale must be positive: " + timeScale);
    }
    if (notifyTimeout == null || notifyTimeout.isNegative() || notifyTimeout.isZero()) {
      throw new IllegalArgumentException("notifyTimeout must be positive: " + notifyTimeout);
    }
    if (host == null || clock == null || faults == null || platformKeyMode == null) {
      throw new IllegalArgumentException("host, clock, faults and platformKeyMode are required");
    }
  }

  /** Returns a builder with the defaults: 127.0.0.1, a free port, real-time schedule. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "SimulatorConfig[host=" + host + ", port=" + port + ", mchId=" + mchId + "]";
  }

  /** Builder of {@link SimulatorConfig}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String appId;
    private String mchId;
    private String v2ApiKey;
    private String v3ApiKey;
    private String merchantPrivateKey;
    private String merchantSerialNumber;
    private String platformPrivateKey;
    private String platformPublicKeyId;
    private String platformCertificate;
    private PlatformKeyMode platformKeyMode = PlatformKeyMode.PUBLIC_KEY;
    private Path stateFile;
    private double timeScale = 1.0;
    private Duration notifyTimeout = Duration.ofSeconds(5);
    private FaultSettings faults = FaultSettings.NONE;
    private long faultSeed;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder host(String value) {
      host = value;
      return this;
    }

    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Sets the merchant's AppID and merchant id. */
    public Builder merchant(String newAppId, String newMchId) {
      appId = newAppId;
      mchId = newMchId;
      return this;
    }

    public Builder v2ApiKey(String value) {
      v2ApiKey = value;
      return this;
    }

    public Builder v3ApiKey(String value) {
      v3ApiKey = value;
      return this;
    }

    /** Sets the merchant API private key (PKCS#8 PEM) and its certificate serial number. */
    public Builder merchantKey(String privateKeyPem, String serialNumber) {
      merchantPrivateKey = privateKeyPem;
      merchantSerialNumber = serialNumber;
      return this;
    }

    /** Sets the platform private key (PKCS#8 PEM) and the id of its public key. */
    public Builder platformKey(String privateKeyPem, String publicKeyId) {
      platformPrivateKey = privateKeyPem;
      platformPublicKeyId = publicKeyId;
      return this;
    }

    /** Sets the PEM certificate of the platform key, used in certificate mode. */
    public Builder platformCertificate(String value) {
      platformCertificate = value;
      return this;
    }

    public Builder platformKeyMode(PlatformKeyMode value) {
      platformKeyMode = value;
      return this;
    }

    public Builder stateFile(Path value) {
      stateFile = value;
      return this;
    }

    public Builder timeScale(double value) {
      timeScale = value;
      return this;
    }

    public Builder notifyTimeout(Duration value) {
      notifyTimeout = value;
      return this;
    }

    public Builder faults(FaultSettings value) {
      faults = value;
      return this;
    }

    public Builder faultSeed(long value) {
      faultSeed = value;
      return this;
    }

    public Builder clock(Clock value) {
      clock = value;
      return this;
    }

    public SimulatorConfig build() {
      return new SimulatorConfig(
          host,
          port,
          appId,
          mchId,
          v2ApiKey,
          v3ApiKey,
          merchantPrivateKey,
          merchantSerialNumber,
          platformPrivateKey,
          platformPublicKeyId,
          platformCertificate,
          platformKeyMode,
          stateFile,
          timeScale,
          notifyTimeout,
          faults,
          faultSeed,
          clock);
    }
  }
}
