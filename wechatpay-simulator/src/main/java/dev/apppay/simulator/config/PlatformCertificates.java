package dev.apppay.simulator.config;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Issues the self-signed platform certificate of certificate mode. */
final class PlatformCertificates {

  /** WeChat Pay platform certificates are valid for 5 years. */
  private static final Duration VALIDITY = Duration.ofDays(5 * 365);

  private static final X500Name SUBJECT =
      new X500Name("CN=Simulated Tenpay.com sign, O=apppay simulator, C=CN");

  private PlatformCertificates() {}

  /**
   * Returns a PEM certificate for the key pair with a random 40-hex-digit serial, valid from now.
   */
  static String selfSigned(PublicKey publicKey, PrivateKey privateKey, Instant now) {
    BigInteger serial = new BigInteger(160, new SecureRandom()).setBit(159);
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            SUBJECT, serial, Date.from(now), Date.from(now.plus(VALIDITY)), SUBJECT, publicKey);
    try {
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(privateKey);
      return pem(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("Failed to sign the platform certificate", e);
    }
  }

  private static String pem(X509CertificateHolder certificate) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to encode the platform certificate", e);
    }
    return text.toString();
  }
}
