package dev.apppay.wechatpay.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.Vectors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2SignerTest {

  private static final Map<String, String> OFFICIAL_FIELDS =
      Map.of(
          "appid", "wxd930ea5d5a258f4f",
          "mch_id", "10000100",
          "device_info", "1000",
          "body", "test",
          "nonce_str", "ibuaiVcKdpRxkhJA");

  private final V2Signer officialSigner = new V2Signer(Vectors.OFFICIAL_V2_KEY);
  private final V2Signer signer = new V2Signer(Vectors.V2_KEY);

  @Test
  void officialExampleStringToSign() {
    assertThat(officialSigner.stringToSign(OFFICIAL_FIELDS))
        .isEqualTo(
            "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100"
                + "&nonce_str=ibuaiVcKdpRxkhJA&key=192006250b4c09247ec02edce69f6a2d");
  }

  @Test
  void officialExampleMd5() {
    assertThat(officialSigner.sign(OFFICIAL_FIELDS, SignType.MD5))
        .isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
  }

  @Test
  void officialExampleHmacSha256() {
    assertThat(officialSigner.sign(OFFICIAL_FIELDS, SignType.HMAC_SHA256))
        .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
  }

  @Test
  void unifiedOrderMd5WithChineseBody() {
    assertThat(signer.sign(unifiedOrderFields(), SignType.MD5))
        .isEqualTo("C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void unifiedOrderHmacSignsSignType() {
    Map<String, String> signed = signer.signRequest(unifiedOrderFields(), SignType.HMAC_SHA256);

    assertThat(signed).containsEntry("sign_type", "HMAC-SHA256");
    assertThat(signed)
        .containsEntry("sign", "705C1901327CC4F7B16F6FE6E31CE3CEFAF62FF5E2A3AD7D58C000B1DB2FF652");
  }

  @Test
  void unifiedOrderMd5AddsNoSignType() {
    Map<String, String> signed = signer.signRequest(unifiedOrderFields(), SignType.MD5);

    assertThat(signed).doesNotContainKey("sign_type");
    assertThat(signed).containsEntry("sign", "C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void emptyValuesAreNotSigned() {
    Map<String, String> fields = unifiedOrderFields();
    fields.put("attach", "");
    fields.put("device_info", "");

    assertThat(signer.sign(fields, SignType.MD5)).isEqualTo("C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void existingSignIsExcluded() {
    Map<String, String> fields = unifiedOrderFields();
    fields.put("sign", "ANYTHING");

    assertThat(signer.sign(fields, SignType.MD5)).isEqualTo("C29509168F6E47747FA8D01427D1EE36");
  }

  @Test
  void appReSignMd5() {
    assertThat(signer.sign(appParameters(), SignType.MD5))
        .isEqualTo("C49FBE541E1F1AE7141B0522B482812A");
  }

  @Test
  void appReSignHmacSha256() {
    assertThat(signer.sign(appParameters(), SignType.HMAC_SHA256))
        .isEqualTo("D18D3565D63DBCA4045C9C0F96F6F054639993EBF6207474A58C4594C7789235");
  }

  @Test
  void specialCharactersSignedRaw() {
    Map<String, String> fields = Map.of("attach", "a&b=c<d>", "body", "会员");

    assertThat(signer.stringToSign(fields))
        .isEqualTo("attach=a&b=c<d>&body=会员&key=" + Vectors.V2_KEY);
  }

  @Test
  void missingKeyRejected() {
    assertThatThrownBy(() -> new V2Signer("")).hasMessage("APIv2 key is missing");
  }

  @Test
  void toStringHidesKey() {
    assertThat(signer.toString()).doesNotContain(Vectors.V2_KEY);
  }

  static Map<String, String> unifiedOrderFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", Vectors.APP_ID);
    fields.put("mch_id", Vectors.MCH_ID);
    fields.put("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
    fields.put("body", "示例应用-会员充值");
    fields.put("out_trade_no", "20250101120000001");
    fields.put("total_fee", "1");
    fields.put("spbill_create_ip", "203.0.113.7");
    fields.put("notify_url", "https://merchant.example.com/wxpay/notify");
    fields.put("trade_type", "APP");
    return fields;
  }

  private static Map<String, String> appParameters() {
    return Map.of(
        "appid", Vectors.APP_ID,
        "partnerid", Vectors.MCH_ID,
        "prepayid", "wx201410272009395522657a690389285100",
        "package", "Sign=WXPay",
        "noncestr", "1101000000140429eb40476f8896f4c9",
        "timestamp", "1412000000");
  }
}
