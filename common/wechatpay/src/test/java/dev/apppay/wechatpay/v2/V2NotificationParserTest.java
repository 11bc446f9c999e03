package dev.apppay.wechatpay.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.v2.V2NotificationResult.Accepted;
import dev.apppay.wechatpay.v2.V2NotificationResult.Reason;
import dev.apppay.wechatpay.v2.V2NotificationResult.Rejected;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2NotificationParserTest {

  private static final String SUCCESS_REPLY =
      "<xml><return_code><![CDATA[SUCCESS]]></return_code>"
          + "<return_msg><![CDATA[OK]]></return_msg></xml>";

  private final V2NotificationParser parser = V2NotificationParser.create(Vectors.V2_KEY);

  @Test
  void paymentNotificationAccepted() {
    V2NotificationResult result = parser.parse(Vectors.bytes("s4-notification.xml"));

    assertThat(result).isInstanceOf(Accepted.class);
    assertThat(result.replyBody()).isEqualTo(SUCCESS_REPLY);
  }

  @Test
  void paymentNotificationMapped() {
    Accepted accepted = (Accepted) parser.parse(Vectors.bytes("s4-notification.xml"));
    Transaction transaction = accepted.notification().transaction();

    assertThat(transaction.tradeState()).isEqualTo(TradeState.SUCCESS);
    assertThat(transaction.outTradeNo()).isEqualTo("20250101120000001");
    assertThat(transaction.transactionId()).isEqualTo("4200002501202501011234567890");
    assertThat(transaction.total()).isEqualTo(1);
    assertThat(transaction.payerTotal()).isEqualTo(1);
    assertThat(transaction.openId()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    assertThat(transaction.successTime()).isEqualTo(Instant.parse("2025-01-01T04:01:30Z"));
    assertThat(transaction.mchId()).isEqualTo(Vectors.MCH_ID);
  }

  @Test
  void tamperedAmountRejected() {
    String body = Vectors.text("s4-notification.xml").replace("<total_fee>1<", "<total_fee>100<");

    Rejected rejected = (Rejected) parser.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
    assertThat(rejected.replyBody())
        .isEqualTo(
            "<xml><return_code><![CDATA[FAIL]]></return_code>"
                + "<return_msg><![CDATA[invalid signature]]></return_msg></xml>");
  }

  @Test
  void wrongKeyRejected() {
    V2NotificationParser other = V2NotificationParser.create(Vectors.OFFICIAL_V2_KEY);

    Rejected rejected = (Rejected) other.parse(Vectors.bytes("s4-notification.xml"));

    assertThat(rejected.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
  }

  @Test
  void missingSignRejected() {
    String body = Vectors.text("s4-notification.xml").replaceAll("<sign>.*</sign>", "");

    Rejected rejected = (Rejected) parser.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
    assertThat(rejected.detail()).isEqualTo("v2 message has no sign field");
  }

  @Test
  void externalEntityRejected() {
    String body = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><a>&x;</a></xml>";

    Rejected rejected = (Rejected) parser.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_XML);
    assertThat(rejected.replyBody()).contains("<![CDATA[invalid XML]]>");
  }

  @Test
  void returnCodeFailRejected() {
    String body = "<xml><return_code>FAIL</return_code><return_msg>x</return_msg></xml>";

    Rejected rejected = (Rejected) parser.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(rejected.reason()).isEqualTo(Reason.RETURN_CODE_FAIL);
  }

  @Test
  void failedPaymentAcceptedAsPayError() {
    Map<String, String> fields =
        new LinkedHashMap<>(new XmlCodec().decode(Vectors.bytes("s4-notification.xml")));
    fields.put("result_code", "FAIL");
    fields.put("err_code", "NOTENOUGH");
    byte[] body = resign(fields);

    Accepted accepted = (Accepted) parser.parse(body);

    assertThat(accepted.notification().isPaid()).isFalse();
    assertThat(accepted.notification().transaction().tradeState()).isEqualTo(TradeState.PAYERROR);
    assertThat(accepted.notification().errCode()).isEqualTo("NOTENOUGH");
  }

  @Test
  void missingOrderNumberRejected() {
    Map<String, String> fields =
        new LinkedHashMap<>(new XmlCodec().decode(Vectors.bytes("s4-notification.xml")));
    fields.remove("out_trade_no");

    Rejected rejected = (Rejected) parser.parse(resign(fields));

    assertThat(rejected.reason()).isEqualTo(Reason.MISSING_FIELD);
    assertThat(rejected.detail()).isEqualTo("v2 reply has no out_trade_no");
  }

  @Test
  void unknownFieldsKept() {
    Map<String, String> fields =
        new LinkedHashMap<>(new XmlCodec().decode(Vectors.bytes("s4-notification.xml")));
    fields.put("coupon_fee_0", "1");

    Accepted accepted = (Accepted) parser.parse(resign(fields));

    assertThat(accepted.notification().fields()).containsEntry("coupon_fee_0", "1");
  }

  private static byte[] resign(Map<String, String> fields) {
    fields.remove("sign");
    Map<String, String> signed = new V2Signer(Vectors.V2_KEY).signRequest(fields, SignType.MD5);
    return new XmlCodec().encode(signed).getBytes(StandardCharsets.UTF_8);
  }
}
