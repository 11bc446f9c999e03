package dev.apppay.wechatpay.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2ModelsTest {

  private static final String NONCE = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

  private final V2Signer signer = new V2Signer(Vectors.V2_KEY);

  @Test
  void unifiedOrderFieldsSignToVector() {
    Map<String, String> fields = unifiedOrder(null).toFields(NONCE);

    assertThat(signer.sign(fields, SignType.MD5)).isEqualTo("C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void unifiedOrderMatchesVectorFields() {
    Map<String, String> expected = new XmlCodec().decode(Vectors.bytes("s1-request.xml"));

    Map<String, String> signed =
        signer.signRequest(unifiedOrder(null).toFields(NONCE), SignType.MD5);

    assertThat(signed).isEqualTo(expected);
  }

  @Test
  void unifiedOrderFormatsTimeExpire() {
    Instant expire = Instant.parse("2025-01-01T06:00:00Z");

    assertThat(unifiedOrder(expire).toFields(NONCE)).containsEntry("time_expire", "20250101140000");
  }

  @Test
  void orderQueryNeedsExactlyOneNumber() {
    assertThatThrownBy(() -> new OrderQueryRequest(Vectors.APP_ID, Vectors.MCH_ID, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Give exactly one of out_trade_no and transaction_id");
  }

  @Test
  void appParametersMatchMd5Vector() {
    V2AppParametersSigner appSigner =
        new V2AppParametersSigner(
            Vectors.APP_ID, Vectors.MCH_ID, signer, SignType.MD5, Clock.systemUTC());

    AppPayParameters parameters =
        appSigner.sign(
            "wx201410272009395522657a690389285100", 1412000000, "1101000000140429eb40476f8896f4c9");

    assertThat(parameters.sign()).isEqualTo("C49FBE541E1F1AE7141B0522B482812A");
    assertThat(parameters.toMap())
        .containsEntry("package", "Sign=WXPay")
        .containsEntry("partnerid", Vectors.MCH_ID)
        .containsEntry("timestamp", "1412000000");
  }

  @Test
  void appParametersMatchHmacVector() {
    V2AppParametersSigner appSigner =
        new V2AppParametersSigner(
            Vectors.APP_ID, Vectors.MCH_ID, signer, SignType.HMAC_SHA256, Clock.systemUTC());

    AppPayParameters parameters =
        appSigner.sign(
            "wx201410272009395522657a690389285100", 1412000000, "1101000000140429eb40476f8896f4c9");

    assertThat(parameters.sign())
        .isEqualTo("D18D3565D63DBCA4045C9C0F96F6F054639993EBF6207474A58C4594C7789235");
  }

  @Test
  void replyWithoutReturnCodeMalformed() {
    V2ReplyReader reader = new V2ReplyReader(new XmlCodec(), new V2Verifier(Vectors.V2_KEY));

    assertThatThrownBy(() -> reader.read("<xml><a>1</a></xml>".getBytes()))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("v2 reply has no return_code");
  }

  @Test
  void resultFailWithoutCodeIsUnknown() {
    V2ReplyReader reader = new V2ReplyReader(new XmlCodec(), new V2Verifier(Vectors.V2_KEY));
    Map<String, String> fields =
        signer.signRequest(Map.of("return_code", "SUCCESS", "result_code", "FAIL"), SignType.MD5);
    byte[] body = new XmlCodec().encode(fields).getBytes();

    assertThatThrownBy(() -> reader.read(body))
        .isInstanceOf(BusinessException.class)
        .hasMessage("WeChat Pay returned error code [UNKNOWN]: ");
  }

  @Test
  void queryWithUnknownStateMalformed() {
    Map<String, String> fields =
        Map.of("appid", "a", "mch_id", "m", "out_trade_no", "o", "trade_state", "NEWSTATE");

    assertThatThrownBy(() -> V2Transactions.fromQuery(fields))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Unknown trade_state [NEWSTATE]");
  }

  @Test
  void queryWithBadAmountMalformed() {
    Map<String, String> fields =
        Map.of(
            "appid",
            "a",
            "mch_id",
            "m",
            "out_trade_no",
            "o",
            "trade_state",
            "SUCCESS",
            "total_fee",
            "1.00");

    assertThatThrownBy(() -> V2Transactions.fromQuery(fields))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("v2 field total_fee is not an integer: 1.00");
  }

  private static UnifiedOrderRequest unifiedOrder(Instant timeExpire) {
    AppPrepayRequest order =
        new AppPrepayRequest(
            "20250101120000001",
            "示例应用-会员充值",
            1,
            "203.0.113.7",
            "https://merchant.example.com/wxpay/notify",
            null,
            timeExpire);
    return new UnifiedOrderRequest(Vectors.APP_ID, Vectors.MCH_ID, order);
  }
}
