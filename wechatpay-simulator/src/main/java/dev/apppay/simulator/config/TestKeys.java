package dev.apppay.simulator.config;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Generates throwaway keys and ids in WeChat Pay's formats for a simulator without configured ones.
 */
final class TestKeys {

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final SecureRandom random = new SecureRandom();

  /** Generates an RSA-2048 key pair, the size WeChat Pay uses for merchant and platform keys. */
  KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }

  /** Returns a 32-character alphanumeric key, the form of APIv2 and APIv3 keys. */
  String apiKey() {
    return randomString(ALPHANUMERIC, 32);
  }

  /** Returns a 40-digit upper-case hex certificate serial number. */
  String serialNumber() {
    return randomString("0123456789ABCDEF", 40);
  }

  /** Returns an id shaped like WeChat's: {@code PUB_KEY_ID_01}, mch id, date, digits to 34. */
  String publicKeyId(String mchId) {
    String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
    String prefix = "01" + mchId + date;
    int padding = Math.max(0, 34 - prefix.length());
    return "PUB_KEY_ID_" + prefix + randomString("0123456789", padding);
  }

  /** Encodes a private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
  static String privateKeyPem(KeyPair keyPair) {
    return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private String randomString(String alphabet, int length) {
    StringBuilder builder = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return builder.toString();
  }
}
