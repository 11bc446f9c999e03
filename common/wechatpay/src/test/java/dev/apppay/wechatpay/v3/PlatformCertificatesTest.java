package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformCertificatesTest {

  private static final String SERIAL = "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC";

  private final PlatformCertificates certificates =
      new PlatformCertificates(new AesGcmCipher(Vectors.OFFICIAL_V3_KEY));

  @Test
  void sdkCertificateListDecrypts() {
    List<X509Certificate> decrypted =
        certificates.decrypt(V3Json.read(listJson(SERIAL), CertificateListBody.class));

    assertThat(decrypted).hasSize(1);
    assertThat(VerificationKeys.serialOf(decrypted.get(0))).isEqualTo(SERIAL);
  }

  @Test
  void certificateFoundBySerialIgnoringCase() {
    X509Certificate certificate =
        certificates.decrypt(V3Json.read(listJson(SERIAL), CertificateListBody.class)).get(0);

    VerificationKeys keys = VerificationKeys.builder().add(certificate).build();

    assertThat(keys.find(SERIAL.toLowerCase())).contains(certificate.getPublicKey());
  }

  @Test
  void serialMismatchRejected() {
    CertificateListBody body = V3Json.read(listJson("0123"), CertificateListBody.class);

    assertThatThrownBy(() -> certificates.decrypt(body))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Certificate serial [" + SERIAL + "] differs from serial_no [0123]");
  }

  private static String listJson(String serial) {
    return "{\"data\":[{\"serial_no\":\""
        + serial
        + "\",\"effective_time\":\"2023-09-19T23:15:58+08:00\",\"expire_time\":\"2028-09-17T23:15:58+08:00\","
        + "\"encrypt_certificate\":{\"algorithm\":\"AEAD_AES_256_GCM\",\"nonce\":\"14b16c03dc1b\","
        + "\"associated_data\":\"certificate\",\"ciphertext\":\""
        + Vectors.text("o6-ciphertext.txt")
        + "\"}}]}";
  }
}
