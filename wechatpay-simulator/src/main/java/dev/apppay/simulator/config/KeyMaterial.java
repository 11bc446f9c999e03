package dev.apppay.simulator.config;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.wechatpay.credential.PemReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * The parsed keys of a simulator: the merchant key pair, whose public half verifies requests, and
 * the platform key pair, which signs replies and notifications.
 */
public record KeyMaterial(
    PrivateKey merchantPrivateKey,
    PublicKey merchantPublicKey,
    PrivateKey platformPrivateKey,
    PublicKey platformPublicKey) {

  /** Parses the PEM keys of {@code credentials} and derives both public keys. */
  public static KeyMaterial of(SimulatorCredentials credentials) {
    PrivateKey merchant = PemReader.privateKey(credentials.merchantPrivateKey());
    PrivateKey platform = PemReader.privateKey(credentials.platformPrivateKey());
    return new KeyMaterial(merchant, publicKeyOf(merchant), platform, publicKeyOf(platform));
  }

  /** Encodes a public key as PEM ({@code BEGIN PUBLIC KEY}, X.509 SubjectPublicKeyInfo). */
  public static String publicKeyPem(PublicKey key) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * Returns {@code credentials} completed with the platform public key PEM and, when none is
   * configured or stored, a new self-signed platform certificate valid from {@code now}.
   */
  public SimulatorCredentials complete(SimulatorCredentials credentials, Instant now) {
    String certificate = credentials.platformCertificate();
    if (certificate == null) {
      certificate = PlatformCertificates.selfSigned(platformPublicKey, platformPrivateKey, now);
    }
    return new SimulatorCredentials(
        credentials.appId(),
        credentials.mchId(),
        credentials.v2ApiKey(),
        credentials.v3ApiKey(),
        credentials.merchantPrivateKey(),
        credentials.merchantSerialNumber(),
        credentials.platformPrivateKey(),
        publicKeyPem(platformPublicKey),
        credentials.platformPublicKeyId(),
        certificate);
  }

  private static PublicKey publicKeyOf(PrivateKey privateKey) {
    if (!(privateKey instanceof RSAPrivateCrtKey crtKey)) {
      throw new IllegalArgumentException("Private key is not an RSA key with CRT parameters");
    }
    try {
      RSAPublicKeySpec spec = new RSAPublicKeySpec(crtKey.getModulus(), crtKey.getPublicExponent());
      return KeyFactory.getInstance("RSA").generatePublic(spec);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Failed to derive the RSA public key", e);
    }
  }

  @Override
  public String toString() {
    return "KeyMaterial[***]";
  }
}
