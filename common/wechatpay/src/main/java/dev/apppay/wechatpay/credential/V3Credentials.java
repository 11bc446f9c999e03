package dev.apppay.wechatpay.credential;

import dev.apppay.wechatpay.v3.VerificationKeys;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;

/**
 * The API v3 secrets and trusted keys of a merchant.
 *
 * @param apiV3Key the APIv3 key (32 ASCII characters) for AES-256-GCM
 * @param merchantPrivateKey the merchant API private key that signs requests
 * @param merchantSerialNumber the serial number of the merchant API certificate
 * @param platformKeys WeChat Pay public keys and platform certificates, by id or serial
 * @param platformPublicKeyId the {@code PUB_KEY_ID_...} sent as {@code Wechatpay-Serial} so that
 *     WeChat Pay signs responses with the public key, or null in certificate mode
 */
public record V3Credentials(
    String apiV3Key,
    PrivateKey merchantPrivateKey,
    String merchantSerialNumber,
    VerificationKeys platformKeys,
    String platformPublicKeyId) {

  public V3Credentials {
    if (apiV3Key == null || apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
      throw new IllegalArgumentException("APIv3 key must be 32 ASCII characters");
    }
    if (merchantPrivateKey == null) {
      throw new IllegalArgumentException("Missing merchant private key");
    }
    if (merchantSerialNumber == null || merchantSerialNumber.isBlank()) {
      throw new IllegalArgumentException("Missing merchant certificate serial number");
    }
    if (platformKeys == null) {
      throw new IllegalArgumentException("Missing WeChat Pay public key or platform certificate");
    }
  }

  /**
   * Loads the credentials from configuration values, each PEM text or a PEM file path.
   *
   * @param publicKeyPem the WeChat Pay public key, or null when only certificates are used
   * @param publicKeyId its {@code PUB_KEY_ID_...}, required with the public key
   * @param certificatePems platform certificates, possibly empty
   */
  public static V3Credentials load(
      String apiV3Key,
      String merchantPrivateKeyPem,
      String merchantSerialNumber,
      String publicKeyPem,
      String publicKeyId,
      List<String> certificatePems) {
    VerificationKeys.Builder keys = VerificationKeys.builder();
    if (publicKeyPem != null && !publicKeyPem.isBlank()) {
      if (publicKeyId == null || publicKeyId.isBlank()) {
        throw new IllegalArgumentException("WeChat Pay public key needs its id (PUB_KEY_ID_...)");
      }
      keys.add(publicKeyId, PemReader.publicKey(publicKeyPem));
    }
    certificatePems.forEach(pem -> keys.add(PemReader.certificate(pem)));
    VerificationKeys built = keys.build();
    if (built.isEmpty()) {
      throw new IllegalArgumentException(
          "Configure a WeChat Pay public key or platform certificate");
    }
    PrivateKey privateKey = PemReader.privateKey(merchantPrivateKeyPem);
    return new V3Credentials(apiV3Key, privateKey, merchantSerialNumber, built, publicKeyId);
  }

  @Override
  public String toString() {
    return "V3Credentials[apiV3Key=***, merchantPrivateKey=***, merchantSerialNumber="
        + merchantSerialNumber
        + ", platformKeys="
        + platformKeys
        + "]";
  }
}
