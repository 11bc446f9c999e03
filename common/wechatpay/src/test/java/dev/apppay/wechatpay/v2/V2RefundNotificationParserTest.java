package dev.apppay.wechatpay.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.cipher.RefundInfoCipher;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class V2RefundNotificationParserTest {

  private final V2RefundNotificationParser parser =
      new V2RefundNotificationParser(new XmlCodec(), new RefundInfoCipher(Vectors.V2_KEY));

  @Test
  void refundNotificationDecrypted() {
    V2RefundNotification refund = parser.parse(notification("SUCCESS"));

    assertThat(refund.outRefundNo()).isEqualTo("R20250101120000001");
    assertThat(refund.refundId()).isEqualTo("50300002502025010112345678901");
    assertThat(refund.refundStatus()).isEqualTo("SUCCESS");
    assertThat(refund.refundFee()).isEqualTo(1);
    assertThat(refund.successTime()).isEqualTo(Instant.parse("2025-01-01T04:10:05Z"));
    assertThat(refund.fields()).containsEntry("refund_recv_accout", "支付用户零钱");
  }

  @Test
  void wrongKeyRejected() {
    V2RefundNotificationParser other =
        new V2RefundNotificationParser(
            new XmlCodec(), new RefundInfoCipher(Vectors.OFFICIAL_V2_KEY));

    assertThatThrownBy(() -> other.parse(notification("SUCCESS")))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void returnCodeFailRejected() {
    assertThatThrownBy(() -> parser.parse(notification("FAIL")))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Refund notification return_code is not SUCCESS");
  }

  private static byte[] notification(String returnCode) {
    String xml =
        "<xml><return_code>"
            + returnCode
            + "</return_code><appid>"
            + Vectors.APP_ID
            + "</appid><mch_id>"
            + Vectors.MCH_ID
            + "</mch_id><nonce_str>abc</nonce_str><req_info><![CDATA["
            + Vectors.text("s5-req-info.txt")
            + "]]></req_info></xml>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
