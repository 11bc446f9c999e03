package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.Vectors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class V3ModelsTest {

  private final RequestSigner signer =
      new RequestSigner(
          Vectors.OFFICIAL_MCH_ID,
          Vectors.OFFICIAL_SERIAL,
          Vectors.officialMerchantKey(),
          Clock.systemUTC());

  @Test
  void prepayBodyMatchesVectorBytes() {
    PrepayRequestBody body =
        new PrepayRequestBody(
            Vectors.APP_ID,
            Vectors.OFFICIAL_MCH_ID,
            "示例应用-会员充值",
            "20250101120000001",
            null,
            null,
            "https://merchant.example.com/wxpay/v3/notify",
            new PrepayRequestBody.Amount(1, "CNY"),
            null);

    assertThat(V3Json.write(body)).isEqualTo(Vectors.bytes("s10-body.json"));
  }

  @Test
  void prepayBodyFromRequest() {
    AppPrepayRequest order =
        new AppPrepayRequest(
            "20250101120000001",
            "会员",
            100,
            "2001:db8::1",
            "https://merchant.example.com/notify",
            "coupon=1",
            Instant.parse("2025-01-01T06:00:00Z"));

    String json =
        new String(
            V3Json.write(PrepayRequestBody.from(Vectors.APP_ID, "1900007291", order)),
            StandardCharsets.UTF_8);

    assertThat(json).contains("\"time_expire\":\"2025-01-01T14:00:00+08:00\"");
    assertThat(json).contains("\"attach\":\"coupon=1\"");
    assertThat(json).contains("\"scene_info\":{\"payer_client_ip\":\"2001:db8::1\"}");
  }

  @Test
  void appParametersMatchRsaVector() {
    V3AppParametersSigner appSigner =
        new V3AppParametersSigner(
            Vectors.APP_ID, Vectors.OFFICIAL_MCH_ID, signer, Clock.systemUTC());

    AppPayParameters parameters =
        appSigner.sign(
            "wx201410272009395522657a690389285100", 1735704000, "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");

    assertThat(parameters.sign()).isEqualTo(Vectors.text("s9-signature.txt"));
    assertThat(parameters.toMap())
        .containsEntry("appid", Vectors.APP_ID)
        .containsEntry("partnerid", "1900007291")
        .containsEntry("prepayid", "wx201410272009395522657a690389285100")
        .containsEntry("package", "Sign=WXPay")
        .containsEntry("noncestr", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS")
        .containsEntry("timestamp", "1735704000");
  }

  @Test
  void unpaidTransactionParsed() {
    String json =
        "{\"appid\":\"wx1\",\"mchid\":\"1\",\"out_trade_no\":\"20250101120000001\","
            + "\"trade_state\":\"NOTPAY\",\"trade_state_desc\":\"订单未支付\","
            + "\"amount\":{\"total\":5,\"currency\":\"CNY\"},\"new_field\":1}";

    var transaction = V3Json.read(json, TransactionBody.class).toTransaction();

    assertThat(transaction.isPaid()).isFalse();
    assertThat(transaction.transactionId()).isNull();
    assertThat(transaction.payerTotal()).isNull();
    assertThat(transaction.total()).isEqualTo(5);
  }

  @Test
  void transactionWithoutAmountRejected() {
    String json =
        "{\"appid\":\"wx1\",\"mchid\":\"1\",\"out_trade_no\":\"x\",\"trade_state\":\"NOTPAY\"}";

    assertThatThrownBy(() -> V3Json.read(json, TransactionBody.class).toTransaction())
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Transaction lacks appid, mchid, out_trade_no or amount");
  }

  @Test
  void invalidJsonRejected() {
    assertThatThrownBy(() -> V3Json.read("{\"prepay_id\":", PrepayResponseBody.class))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("Body is not a valid PrepayResponseBody");
  }
}
