package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.PemReader;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decrypts the platform certificates of a {@code /v3/certificates} reply. Trust comes from the AEAD
 * tag under the APIv3 key, and each certificate's serial must equal the listed {@code serial_no}.
 */
public final class PlatformCertificates {

  private final AesGcmCipher cipher;

  public PlatformCertificates(AesGcmCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * Decrypts every listed certificate.
   *
   * @throws DecryptionException when a certificate does not decrypt under the APIv3 key
   * @throws MalformedReplyException when an entry is incomplete or its serial does not match
   */
  public List<X509Certificate> decrypt(CertificateListBody body) {
    if (body.data() == null) {
      throw new MalformedReplyException("Certificate list has no data");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (CertificateListBody.Entry entry : body.data()) {
      certificates.add(decrypt(entry));
    }
    return certificates;
  }

  private X509Certificate decrypt(CertificateListBody.Entry entry) {
    NotificationEnvelope.Resource encrypted = entry.encryptCertificate();
    if (entry.serialNo() == null || encrypted == null) {
      throw new MalformedReplyException("Certificate entry lacks serial_no or encrypt_certificate");
    }
    String pem =
        cipher.decrypt(encrypted.associatedData(), encrypted.nonce(), encrypted.ciphertext());
    X509Certificate certificate = readCertificate(pem);

    String serial = VerificationKeys.serialOf(certificate);
    if (!VerificationKeys.normalize(serial).equals(VerificationKeys.normalize(entry.serialNo()))) {
      throw new MalformedReplyException(
          "Certificate serial [" + serial + "] differs from serial_no [" + entry.serialNo() + "]");
    }
    return certificate;
  }

  private static X509Certificate readCertificate(String pem) {
    try {
      return PemReader.certificate(pem);
    } catch (IllegalArgumentException e) {
      throw new MalformedReplyException("Decrypted platform certificate is not PEM X.509", e);
    }
  }
}
