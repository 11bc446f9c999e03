package dev.apppay.wechatpay.cipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.xml.XmlCodec;
import org.junit.jupiter.api.Test;

class RefundInfoCipherTest {

  private final RefundInfoCipher cipher = new RefundInfoCipher(Vectors.V2_KEY);

  @Test
  void refundNotificationDecrypts() {
    assertThat(cipher.decrypt(Vectors.text("s5-req-info.txt")))
        .isEqualTo(Vectors.text("s5-plaintext.xml"));
  }

  @Test
  void refundNotificationEncrypts() {
    assertThat(cipher.encrypt(Vectors.text("s5-plaintext.xml")))
        .isEqualTo(Vectors.text("s5-req-info.txt"));
  }

  @Test
  void decryptedXmlParses() {
    String xml = cipher.decrypt(Vectors.text("s5-req-info.txt"));

    assertThat(new XmlCodec().decode(xml)).containsEntry("refund_recv_accout", "支付用户零钱");
  }

  @Test
  void wrongKeyRejected() {
    RefundInfoCipher wrong = new RefundInfoCipher(Vectors.OFFICIAL_V2_KEY);

    assertThatThrownBy(() -> wrong.decrypt(Vectors.text("s5-req-info.txt")))
        .isInstanceOf(DecryptionException.class)
        .hasMessageStartingWith("req_info decryption failed");
  }

  @Test
  void toStringHidesKey() {
    assertThat(cipher.toString()).doesNotContain(Vectors.V2_KEY).doesNotContain("bbc07019");
  }
}
