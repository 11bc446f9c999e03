package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.support.MerchantV2Client;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class V2RequestCheckTest {

  private static final String NOTIFY_URL = "http://127.0.0.1:9/notify";

  private final XmlCodec codec = new XmlCodec();
  private WeChatPaySimulator simulator;
  private MerchantV2Client merchant;

  @BeforeEach
  void start() {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    merchant = new MerchantV2Client(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void repeatedIdenticalOrderReturnsSamePrepay() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2REPEAT01", 100, NOTIFY_URL);
    String first = merchant.unifiedOrder(fields, SignType.MD5).get("prepay_id");
    String second = merchant.unifiedOrder(fields, SignType.MD5).get("prepay_id");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void changedParametersGetOutTradeNoUsed() throws Exception {
    merchant.unifiedOrder(merchant.orderFields("V2CHANGE01", 100, NOTIFY_URL), SignType.MD5);
    Map<String, String> reply =
        merchant.unifiedOrder(merchant.orderFields("V2CHANGE01", 101, NOTIFY_URL), SignType.MD5);

    assertThat(reply).containsEntry("return_code", "SUCCESS");
    assertThat(reply).containsEntry("result_code", "FAIL");
    assertThat(reply).containsEntry("err_code", "OUT_TRADE_NO_USED");
    assertThat(merchant.isSignedBy(reply, SignType.MD5)).isTrue();
  }

  @Test
  void wrongSignGetsSignErrorWithoutSign() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2SIGN0001", 100, NOTIFY_URL);
    fields.put("nonce_str", "n1");
    fields.put("sign", "0123456789ABCDEF0123456789ABCDEF");

    Map<String, String> reply = decode(merchant.postRaw("/pay/unifiedorder", codec.encode(fields)));

    assertThat(reply)
        .containsExactly(Map.entry("return_code", "FAIL"), Map.entry("return_msg", "签名错误"));
    assertThat(simulator.order("V2SIGN0001")).isEmpty();
  }

  @Test
  void mismatchedSignTypeGetsSignError() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2SIGN0002", 100, NOTIFY_URL);
    fields.put("nonce_str", "n2");
    fields.put("sign_type", "HMAC-SHA256");
    fields.put("sign", new V2Signer(simulator.credentials().v2ApiKey()).sign(fields, SignType.MD5));

    Map<String, String> reply = decode(merchant.postRaw("/pay/unifiedorder", codec.encode(fields)));

    assertThat(reply).containsEntry("return_msg", "签名错误");
    assertThat(reply).doesNotContainKey("sign");
  }

  @Test
  void hmacSignWithoutSignTypeGetsSignError() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2SIGN0003", 100, NOTIFY_URL);
    fields.put("nonce_str", "n3");
    fields.put(
        "sign",
        new V2Signer(simulator.credentials().v2ApiKey()).sign(fields, SignType.HMAC_SHA256));

    Map<String, String> reply = decode(merchant.postRaw("/pay/unifiedorder", codec.encode(fields)));

    assertThat(reply).containsEntry("return_code", "FAIL");
    assertThat(reply).containsEntry("return_msg", "签名错误");
  }

  @Test
  void unknownSignTypeIsRejected() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2SIGN0004", 100, NOTIFY_URL);
    fields.put("nonce_str", "n4");
    fields.put("sign_type", "SHA1");
    fields.put("sign", "0123456789ABCDEF0123456789ABCDEF");

    Map<String, String> reply = decode(merchant.postRaw("/pay/unifiedorder", codec.encode(fields)));

    assertThat(reply).containsEntry("return_code", "FAIL");
    assertThat(reply).containsEntry("return_msg", "sign_type参数格式错误");
  }

  @Test
  void unknownMerchantIsRejected() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2MCH00001", 100, NOTIFY_URL);
    fields.put("mch_id", "1900000999");

    Map<String, String> reply = merchant.unifiedOrder(fields, SignType.MD5);

    assertThat(reply).containsEntry("return_code", "FAIL");
    assertThat(reply).containsEntry("return_msg", "mch_id参数格式错误");
  }

  @Test
  void foreignAppIdIsRejected() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2APPID001", 100, NOTIFY_URL);
    fields.put("appid", "wx9999999999999999");

    Map<String, String> reply = merchant.unifiedOrder(fields, SignType.MD5);

    assertThat(reply).containsEntry("result_code", "FAIL");
    assertThat(reply).containsEntry("err_code", "APPID_MCHID_NOT_MATCH");
  }

  @Test
  void missingBodyGetsLackParams() throws Exception {
    Map<String, String> fields = merchant.orderFields("V2LACK0001", 100, NOTIFY_URL);
    fields.remove("body");

    Map<String, String> reply = merchant.unifiedOrder(fields, SignType.MD5);

    assertThat(reply).containsEntry("err_code", "LACK_PARAMS");
    assertThat(reply).containsEntry("err_code_des", "缺少参数body");
    assertThat(simulator.order("V2LACK0001")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "out_trade_no, abc",
    "out_trade_no, bad no!x",
    "out_trade_no, 0123456789012345678901234567890123",
    "total_fee, 0",
    "total_fee, -5",
    "total_fee, 1.5",
    "fee_type, USD",
    "trade_type, JSAPI",
    "notify_url, http://127.0.0.1:9/notify?x=1",
    "notify_url, ftp://127.0.0.1/notify",
    "time_expire, 2020-01-01",
    "time_expire, 20200101000000"
  })
  void invalidFieldGetsParamError(String name, String value) throws Exception {
    Map<String, String> fields = merchant.orderFields("V2PARAM001", 100, NOTIFY_URL);
    fields.put(name, value);

    Map<String, String> reply = merchant.unifiedOrder(fields, SignType.MD5);

    assertThat(reply).containsEntry("return_code", "SUCCESS");
    assertThat(reply).containsEntry("result_code", "FAIL");
    assertThat(reply).containsEntry("err_code", "PARAM_ERROR");
    assertThat(merchant.isSignedBy(reply, SignType.MD5)).isTrue();
  }

  @Test
  void getRequestGetsRequirePost() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/pay/orderquery")).GET().build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(decode(response)).containsEntry("return_msg", "请使用post方法");
  }

  @Test
  void doctypeGetsXmlFormatError() throws Exception {
    String body =
        "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><mch_id>&x;</mch_id></xml>";

    Map<String, String> reply = decode(merchant.postRaw("/pay/unifiedorder", body));

    assertThat(reply).containsEntry("return_code", "FAIL");
    assertThat(reply).containsEntry("return_msg", "XML格式错误");
  }

  @Test
  void emptyBodyIsRejected() throws Exception {
    Map<String, String> reply = decode(merchant.postRaw("/pay/closeorder", ""));

    assertThat(reply).containsEntry("return_msg", "post数据为空");
  }

  @Test
  void unknownOrderGetsOrderNotExist() throws Exception {
    Map<String, String> queried = merchant.query("V2NONE0001");
    Map<String, String> closed = merchant.close("V2NONE0001");

    assertThat(queried).containsEntry("err_code", "ORDERNOTEXIST");
    assertThat(closed).containsEntry("err_code", "ORDERNOTEXIST");
  }

  @Test
  void closingTwiceGetsOrderClosed() throws Exception {
    merchant.unifiedOrder(merchant.orderFields("V2CLOSE001", 100, NOTIFY_URL), SignType.MD5);

    Map<String, String> first = merchant.close("V2CLOSE001");
    Map<String, String> second = merchant.close("V2CLOSE001");
    Map<String, String> recreated =
        merchant.unifiedOrder(merchant.orderFields("V2CLOSE001", 100, NOTIFY_URL), SignType.MD5);

    assertThat(first).containsEntry("result_code", "SUCCESS");
    assertThat(second).containsEntry("err_code", "ORDERCLOSED");
    assertThat(recreated).containsEntry("err_code", "ORDERCLOSED");
    assertThat(merchant.query("V2CLOSE001")).containsEntry("trade_state", "CLOSED");
  }

  @Test
  void queryWithoutIdsGetsLackParams() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", simulator.credentials().appId());
    fields.put("mch_id", simulator.credentials().mchId());

    Map<String, String> reply = merchant.call("/pay/orderquery", fields, SignType.MD5);

    assertThat(reply).containsEntry("err_code", "LACK_PARAMS");
  }

  private Map<String, String> decode(HttpResponse<String> response) {
    return codec.decode(response.body());
  }
}
