package dev.apppay.wechatpay.credential;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads RSA keys and X.509 certificates from PEM text or PEM files. A configuration value that
 * starts with {@code -----BEGIN} is PEM text; any other value is a file path. Error messages name
 * the expected PEM type or the path, never the key material.
 */
public final class PemReader {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  private PemReader() {}

  /** Reads a PKCS#8 RSA private key ({@code BEGIN PRIVATE KEY}) from PEM text or a file path. */
  public static PrivateKey privateKey(String pemOrPath) {
    byte[] der = decodeBlock(resolve(pemOrPath), "PRIVATE KEY");
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("PEM PRIVATE KEY is not a PKCS#8 RSA key", e);
    }
  }

  /** Reads an RSA public key ({@code BEGIN PUBLIC KEY}) from PEM text or a file path. */
  public static PublicKey publicKey(String pemOrPath) {
    byte[] der = decodeBlock(resolve(pemOrPath), "PUBLIC KEY");
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("PEM PUBLIC KEY is not an RSA public key", e);
    }
  }

  /** Reads an X.509 certificate ({@code BEGIN CERTIFICATE}) from PEM text or a file path. */
  public static X509Certificate certificate(String pemOrPath) {
    byte[] der = decodeBlock(resolve(pemOrPath), "CERTIFICATE");
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalArgumentException("PEM CERTIFICATE is not a valid X.509 certificate", e);
    }
  }

  /** Returns the value itself when it is PEM text, otherwise the content of the file it names. */
  static String resolve(String pemOrPath) {
    if (pemOrPath == null || pemOrPath.isBlank()) {
      throw new IllegalArgumentException("PEM value is missing");
    }
    String trimmed = pemOrPath.strip();
    if (trimmed.startsWith("-----BEGIN")) {
      return trimmed;
    }
    try {
      return Files.readString(Path.of(trimmed), StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot read PEM file [" + trimmed + "]", e);
    }
  }

  private static byte[] decodeBlock(String pem, String type) {
    Matcher matcher = BLOCK.matcher(pem);
    while (matcher.find()) {
      if (matcher.group(1).equals(type)) {
        return Base64.getMimeDecoder().decode(matcher.group(2));
      }
    }
    throw new IllegalArgumentException("No PEM block of type [" + type + "] found");
  }
}
