package dev.apppay.wechatpay.cipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.credential.PemReader;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class AesGcmCipherTest {

  private static final String OFFICIAL_CIPHERTEXT = "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=";

  private final AesGcmCipher official = new AesGcmCipher(Vectors.OFFICIAL_V3_KEY);
  private final AesGcmCipher cipher = new AesGcmCipher(Vectors.V3_KEY);

  @Test
  void officialVectorEncrypts() {
    assertThat(official.encrypt("associatedData", "uluk4a9R25RW", "message"))
        .isEqualTo(OFFICIAL_CIPHERTEXT);
  }

  @Test
  void officialVectorDecrypts() {
    assertThat(official.decrypt("associatedData", "uluk4a9R25RW", OFFICIAL_CIPHERTEXT))
        .isEqualTo("message");
  }

  @Test
  void paymentResourceDecrypts() {
    assertThat(cipher.decrypt("transaction", "fdasflkja484", Vectors.text("s6-ciphertext.txt")))
        .isEqualTo(Vectors.text("s6-plaintext.json"));
  }

  @Test
  void paymentResourceEncrypts() {
    assertThat(cipher.encrypt("transaction", "fdasflkja484", Vectors.text("s6-plaintext.json")))
        .isEqualTo(Vectors.text("s6-ciphertext.txt"));
  }

  @Test
  void refundResourceWithEmptyAadDecrypts() {
    assertThat(cipher.decrypt("", "a1b2c3d4e5f6", Vectors.text("s13-ciphertext.txt")))
        .isEqualTo(Vectors.text("s13-plaintext.json"));
  }

  @Test
  void platformCertificateDecrypts() {
    String pem = official.decrypt("certificate", "14b16c03dc1b", Vectors.text("o6-ciphertext.txt"));
    X509Certificate certificate = PemReader.certificate(pem);

    assertThat(certificate.getSerialNumber().toString(16).toUpperCase())
        .isEqualTo("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC");
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=Tenpay.com sign");
  }

  @Test
  void wrongKeyRejected() {
    AesGcmCipher wrong = new AesGcmCipher(Vectors.OFFICIAL_V3_KEY);

    assertThatThrownBy(
            () -> wrong.decrypt("transaction", "fdasflkja484", Vectors.text("s6-ciphertext.txt")))
        .isInstanceOf(DecryptionException.class)
        .hasMessageStartingWith("AES-GCM decryption failed");
  }

  @Test
  void wrongAssociatedDataRejected() {
    assertThatThrownBy(
            () -> cipher.decrypt("refund", "fdasflkja484", Vectors.text("s6-ciphertext.txt")))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void invalidBase64Rejected() {
    assertThatThrownBy(() -> cipher.decrypt("transaction", "fdasflkja484", "not base64!"))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void shortKeyRejected() {
    assertThatThrownBy(() -> new AesGcmCipher("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("APIv3 key must be 32 bytes, got 5 bytes");
  }

  @Test
  void toStringHidesKey() {
    assertThat(cipher.toString()).doesNotContain(Vectors.V3_KEY);
  }
}
