package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.simulator.support.MerchantV3Client;
import dev.apppay.simulator.support.TestConfigs;
import dev.apppay.simulator.support.V3Reply;
import dev.apppay.wechatpay.v3.AuthorizationHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class V3RequestCheckTest {

  private static final String NOTIFY_URL = "http://127.0.0.1:9/notify";
  private static final String PREPAY = "/v3/pay/transactions/app";

  private WeChatPaySimulator simulator;
  private MerchantV3Client merchant;

  @BeforeEach
  void start() {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    merchant = new MerchantV3Client(simulator.baseUrl(), simulator.credentials());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void missingUserAgentGetsInvalidRequest() throws Exception {
    String body = merchant.prepayBody("V3HEAD0001", 100, NOTIFY_URL);
    String authorization = sign("POST", PREPAY, body).format();

    V3Reply reply = merchant.send("POST", PREPAY, body, authorization, false);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(reply.json().path("message").asText()).isEqualTo("Http头缺少Accept或User-Agent");
  }

  @Test
  void missingAuthorizationGetsSignError() throws Exception {
    V3Reply reply =
        merchant.send(
            "POST", PREPAY, merchant.prepayBody("V3AUTH0001", 100, NOTIFY_URL), null, true);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("code").asText()).isEqualTo("SIGN_ERROR");
    merchant.verify(reply);
  }

  @Test
  void tamperedBodyGetsSignErrorWithSignInformation() throws Exception {
    String signedBody = merchant.prepayBody("V3AUTH0002", 100, NOTIFY_URL);
    String sentBody = merchant.prepayBody("V3AUTH0002", 1, NOTIFY_URL);
    String authorization = sign("POST", PREPAY, signedBody).format();

    V3Reply reply = merchant.send("POST", PREPAY, sentBody, authorization, true);

    assertThat(reply.status()).isEqualTo(401);
    JsonNode json = reply.json();
    assertThat(json.path("code").asText()).isEqualTo("SIGN_ERROR");
    assertThat(json.path("detail").path("detail").path("issue").asText())
        .isEqualTo("sign not match");
    JsonNode information = json.path("detail").path("sign_information");
    assertThat(information.path("method").asText()).isEqualTo("POST");
    assertThat(information.path("url").asText()).isEqualTo(PREPAY);
    assertThat(information.path("sign_message_length").asInt())
        .isGreaterThan(sentBody.getBytes(StandardCharsets.UTF_8).length);
    assertThat(simulator.order("V3AUTH0002")).isEmpty();
  }

  @Test
  void staleTimestampGetsSignError() throws Exception {
    String body = merchant.prepayBody("V3AUTH0003", 100, NOTIFY_URL);
    long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();
    AuthorizationHeader header =
        merchant
            .signer()
            .sign("POST", PREPAY, body.getBytes(StandardCharsets.UTF_8), sixMinutesAgo, "nonce1");

    V3Reply reply = merchant.send("POST", PREPAY, body, header.format(), true);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("detail").path("detail").path("issue").asText())
        .startsWith("timestamp");
  }

  @Test
  void unknownSerialGetsSignError() throws Exception {
    String body = merchant.prepayBody("V3AUTH0004", 100, NOTIFY_URL);
    AuthorizationHeader signed = sign("POST", PREPAY, body);
    AuthorizationHeader otherSerial =
        new AuthorizationHeader(
            signed.mchId(), signed.nonce(), signed.signature(), signed.timestamp(), "ABCDEF");

    V3Reply reply = merchant.send("POST", PREPAY, body, otherSerial.format(), true);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("detail").path("detail").path("issue").asText())
        .isEqualTo("serial_no is not a certificate of this merchant");
  }

  @Test
  void malformedJsonGetsParamError() throws Exception {
    V3Reply reply = merchant.send("POST", PREPAY, "{not json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("PARAM_ERROR");
    assertThat(reply.json().path("detail").path("location").asText()).isEqualTo("body");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"out_trade_no\":\"V3PARAM001\"|\"out_trade_no\":\"bad no!\"|/out_trade_no",
        "\"total\":100|\"total\":0|/amount/total",
        "\"total\":100|\"total\":\"100\"|/amount/total",
        "\"currency\":\"CNY\"|\"currency\":\"USD\"|/amount/currency",
        "/notify\"|/notify?a=1\"|/notify_url",
        "\"description\":\"示例应用-会员充值\"|\"description\":\"礼物\uD83C\uDF81\"|/description",
        "\"description\":\"示例应用-会员充值\",|\"description\":\"示例应用-会员充值\",\"time_expire\":\"tomorrow\",|/time_expire",
        "\"mchid\":\"1900000109\"|\"mchid\":\"1900000999\"|/mchid"
      })
  void invalidFieldGetsParamError(String original, String replacement, String field)
      throws Exception {
    String body = merchant.prepayBody("V3PARAM001", 100, NOTIFY_URL).replace(original, replacement);

    V3Reply reply = merchant.send("POST", PREPAY, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("PARAM_ERROR");
    assertThat(reply.json().path("detail").path("field").asText()).isEqualTo(field);
    assertThat(simulator.order("V3PARAM001")).isEmpty();
  }

  @Test
  void missingAmountGetsParamError() throws Exception {
    String body =
        merchant
            .prepayBody("V3PARAM002", 100, NOTIFY_URL)
            .replaceAll(",\"amount\":\\{.*\\}\\}", "}");

    V3Reply reply = merchant.send("POST", PREPAY, body);

    assertThat(reply.json().path("detail").path("field").asText()).isEqualTo("/amount/total");
  }

  @Test
  void foreignAppIdIsRejected() throws Exception {
    String body =
        merchant
            .prepayBody("V3APPID001", 100, NOTIFY_URL)
            .replace(simulator.credentials().appId(), "wx9999999999999999");

    V3Reply reply = merchant.send("POST", PREPAY, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("APPID_MCHID_NOT_MATCH");
  }

  @Test
  void reorderedKeysReturnSamePrepay() throws Exception {
    String body = merchant.prepayBody("V3REPEAT01", 100, NOTIFY_URL);
    String reordered =
        body.replace(
            "\"amount\":{\"total\":100,\"currency\":\"CNY\"}",
            "\"amount\":{\"currency\":\"CNY\",\"total\":100}");

    String first = merchant.send("POST", PREPAY, body).json().path("prepay_id").asText();
    String second = merchant.send("POST", PREPAY, reordered).json().path("prepay_id").asText();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void changedParametersGetOutTradeNoUsed() throws Exception {
    merchant.prepay("V3CHANGE01", 100, NOTIFY_URL);

    V3Reply reply = merchant.prepay("V3CHANGE01", 200, NOTIFY_URL);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("code").asText()).isEqualTo("OUT_TRADE_NO_USED");
    merchant.verify(reply);
  }

  @Test
  void unknownOrderGetsOrderNotExist() throws Exception {
    V3Reply byNumber = merchant.query("V3NONE0001");
    V3Reply byId = merchant.queryById("4200000000000000000000000000");
    V3Reply closed = merchant.close("V3NONE0001");

    assertThat(byNumber.status()).isEqualTo(404);
    assertThat(byNumber.json().path("code").asText()).isEqualTo("ORDER_NOT_EXIST");
    assertThat(byId.status()).isEqualTo(404);
    assertThat(closed.status()).isEqualTo(404);
    merchant.verify(byNumber);
  }

  @Test
  void queryWithoutMchIdGetsParamError() throws Exception {
    V3Reply reply = merchant.send("GET", "/v3/pay/transactions/out-trade-no/V3NONE0002", "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("detail").path("field").asText()).isEqualTo("mchid");
    assertThat(reply.json().path("detail").path("location").asText()).isEqualTo("query");
  }

  @Test
  void foreignAuthorizationMchIdGetsMchNotExists() throws Exception {
    String body = merchant.prepayBody("V3MCH00001", 100, NOTIFY_URL);
    AuthorizationHeader signed = sign("POST", PREPAY, body);
    AuthorizationHeader foreign =
        new AuthorizationHeader(
            "1900000999",
            signed.nonce(),
            signed.signature(),
            signed.timestamp(),
            signed.serialNumber());

    V3Reply reply = merchant.send("POST", PREPAY, body, foreign.format(), true);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("code").asText()).isEqualTo("MCH_NOT_EXISTS");
  }

  private AuthorizationHeader sign(String method, String url, String body) {
    return merchant.signer().sign(method, url, body.getBytes(StandardCharsets.UTF_8));
  }
}
