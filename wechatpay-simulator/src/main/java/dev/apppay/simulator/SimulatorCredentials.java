package dev.apppay.simulator;

import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.v3.VerificationKeys;

/**
 * The test merchant and the simulated WeChat Pay platform keys.
 *
 * <p>The merchant signs requests with {@code merchantPrivateKey} (PKCS#8 PEM) and names it with
 * {@code merchantSerialNumber}; the simulator checks them with the derived public key. The
 * simulator signs v3 replies and notifications with {@code platformPrivateKey}; merchants verify
 * them with {@code platformPublicKey} (PEM), identified by {@code platformPublicKeyId} ({@code
 * PUB_KEY_ID_...}). In certificate mode the same key is also identified by the self-signed {@code
 * platformCertificate} (PEM). {@link #toString()} shows only the ids.
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
    String platformPublicKeyId,
    String platformCertificate) {

  /** Returns the serial number of the platform certificate, upper-case hex. */
  public String platformCertificateSerial() {
    return VerificationKeys.serialOf(PemReader.certificate(platformCertificate));
  }

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
