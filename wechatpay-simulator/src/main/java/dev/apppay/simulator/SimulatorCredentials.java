package dev.apppay.simulator;

/**
 * The test merchant and the simulated WeChat Pay platform keys.
 *
 * <p>The merchant signs requests with {@code merchantPrivateKey} (PKCS#8 PEM) and names it with
 * {@code merchantSerialNumber}; the simulator checks them with the derived public key. The
 * simulator signs v3 replies and notifications with {@code platformPrivateKey}; merchants verify
 * them with {@code platformPublicKey} (PEM), identified by {@code platformPublicKeyId} ({@code
 * PUB_KEY_ID_...}). {@link #toString()} shows only the ids.
 */
public record SimulatorCredentials(
    String appId,
    String mchId,
    String v2ApiKey,
    String v3ApiKey,
    String merchantPrivateKey,
    String merchantSerialNumber,
    String platformPrivateKey,
    String platformPublicKey,
    String platformPublicKeyId) {

  @Override
  public String toString() {
    return "SimulatorCredentials[appId="
        + appId
        + ", mchId="
        + mchId
        + ", merchantSerialNumber="
        + merchantSerialNumber
        + ", platformPublicKeyId="
        + platformPublicKeyId
        + "]";
  }
}
