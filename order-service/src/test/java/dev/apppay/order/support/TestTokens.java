package dev.apppay.order.support;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Signs bearer tokens with an RSA key pair generated once per test JVM. The keys travel through
 * system properties, so the test resource and the tests see the same pair whatever class loader
 * loaded them.
 */
public final class TestTokens {

  public static final String ISSUER = "https://auth.apppay.test";
  public static final String ADMIN_GROUP = "admin";

  private static final String PRIVATE_KEY_PROPERTY = "apppay.test.token-private-key";
  private static final String PUBLIC_KEY_PROPERTY = "apppay.test.token-public-key";

  private TestTokens() {}

  /** Returns the public key as PEM, for {@code mp.jwt.verify.publickey}. */
  public static String publicKeyPem() {
    ensureKeys();
    String base64 = System.getProperty(PUBLIC_KEY_PROPERTY);
    return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----";
  }

  public static String user(String userId) {
    return Jwt.issuer(ISSUER).subject(userId).groups(Set.of("user")).sign(privateKey());
  }

  public static String admin(String userId) {
    return Jwt.issuer(ISSUER).subject(userId).groups(Set.of(ADMIN_GROUP)).sign(privateKey());
  }

  /** Returns a token that expired an hour ago. */
  public static String expired(String userId) {
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    return Jwt.issuer(ISSUER)
        .subject(userId)
        .issuedAt(anHourAgo.minusSeconds(600))
        .expiresAt(anHourAgo)
        .sign(privateKey());
  }

  /** Returns a well-formed token signed by a key the service does not trust. */
  public static String signedByStranger(String userId) {
    return Jwt.issuer(ISSUER).subject(userId).sign(generate().getPrivate());
  }

  private static synchronized void ensureKeys() {
    if (System.getProperty(PRIVATE_KEY_PROPERTY) != null) {
      return;
    }
    KeyPair pair = generate();
    Base64.Encoder encoder = Base64.getEncoder();
    System.setProperty(PUBLIC_KEY_PROPERTY, encoder.encodeToString(pair.getPublic().getEncoded()));
    System.setProperty(
        PRIVATE_KEY_PROPERTY, encoder.encodeToString(pair.getPrivate().getEncoded()));
  }

  private static PrivateKey privateKey() {
    ensureKeys();
    byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("Cannot read the test token key", e);
    }
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }
}
