package dev.apppay.wechatpay.client;

import static dev.apppay.wechatpay.client.V3ClientTest.await;
import static dev.apppay.wechatpay.client.V3ClientTest.failure;
import static dev.apppay.wechatpay.client.V3ClientTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.RequestRejectedException;
import dev.apppay.wechatpay.RequestTimeoutException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.SignatureVerificationException.Reason;
import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.TransportException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.v2.V2Verifier;
import dev.apppay.wechatpay.xml.XmlCodec;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V2ClientTest {

  private static final String PREPAY_ID = "wx201410272009395522657a690389285100";

  private final XmlCodec codec = new XmlCodec();
  private final V2Signer serverSigner = new V2Signer(Vectors.V2_KEY);

  private StubWeChatPayServer server;
  private Vertx vertx;
  private WeChatPayClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StubWeChatPayServer();
    vertx = Vertx.vertx();
    client = WeChatPayClient.create(vertx, config(server.baseUrl()));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    vertx.closeAndAwait();
    server.close();
  }

  @Test
  void unifiedOrderReturnsPrepayId() {
    server.respondWith(this::verifiedUnifiedOrder);

    assertThat(await(client.createAppPrepay(order())).prepayId()).isEqualTo(PREPAY_ID);
  }

  @Test
  void unifiedOrderSendsSignedHmacXml() {
    server.respondWith(this::verifiedUnifiedOrder);

    await(client.createAppPrepay(order()));

    Map<String, String> request = codec.decode(server.received().get(0).body());
    assertThat(request).containsEntry("trade_type", "APP");
    assertThat(request).containsEntry("sign_type", "HMAC-SHA256");
    assertThat(request).containsEntry("body", "示例应用-会员充值");
    assertThat(request.get("sign")).hasSize(64);
  }

  @Test
  void resubscribingSendsFreshNonce() {
    server.respondWith(this::verifiedUnifiedOrder);
    var prepay = client.createAppPrepay(order());

    await(prepay);
    await(prepay);

    Map<String, String> first = codec.decode(server.received().get(0).body());
    Map<String, String> second = codec.decode(server.received().get(1).body());
    assertThat(first.get("nonce_str")).isNotEqualTo(second.get("nonce_str"));
    assertThat(first.get("out_trade_no")).isEqualTo(second.get("out_trade_no"));
  }

  @Test
  void queryReturnsTransaction() {
    server.respondWith(
        (request, body) ->
            signedReply(
                request,
                Map.of(
                    "trade_state", "SUCCESS",
                    "out_trade_no", "20250101120000001",
                    "transaction_id", "4200002501202501011234567890",
                    "total_fee", "1",
                    "cash_fee", "1",
                    "time_end", "20250101120130")));

    Transaction transaction = await(client.queryByOutTradeNo("20250101120000001"));

    assertThat(transaction.tradeState()).isEqualTo(TradeState.SUCCESS);
    assertThat(transaction.total()).isEqualTo(1);
    assertThat(transaction.successTime()).hasToString("2025-01-01T04:01:30Z");
  }

  @Test
  void queryByTransactionIdSendsIt() {
    server.respondWith(
        (request, body) ->
            signedReply(
                request, Map.of("trade_state", "NOTPAY", "out_trade_no", "20250101120000001")));

    Transaction transaction = await(client.queryByTransactionId("4200002501202501011234567890"));

    assertThat(transaction.tradeState()).isEqualTo(TradeState.NOTPAY);
    assertThat(codec.decode(server.received().get(0).body()))
        .containsEntry("transaction_id", "4200002501202501011234567890")
        .doesNotContainKey("out_trade_no");
  }

  @Test
  void closeOrderSucceeds() {
    server.respondWith((request, body) -> signedReply(request, Map.of()));

    await(client.closeOrder("20250101120000001"));

    assertThat(server.received().get(0).uri()).isEqualTo("/pay/closeorder");
  }

  @Test
  void orderPaidIsBusinessError() {
    server.respondWith((request, body) -> signedFailure(request, "ORDERPAID", "该订单已支付"));

    BusinessException error =
        failure(client.closeOrder("20250101120000001"), BusinessException.class);

    assertThat(error.isOrderPaid()).isTrue();
    assertThat(error.description()).isEqualTo("该订单已支付");
    assertThat(error.isRetryable()).isFalse();
  }

  @Test
  void systemErrorIsRetryable() {
    server.respondWith((request, body) -> signedFailure(request, "SYSTEMERROR", "系统超时"));

    BusinessException error = failure(client.createAppPrepay(order()), BusinessException.class);

    assertThat(error.code()).isEqualTo("SYSTEMERROR");
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void returnCodeFailIsRejection() {
    server.respondWith(
        (request, body) ->
            request
                .response()
                .end(
                    "<xml><return_code><![CDATA[FAIL]]></return_code>"
                        + "<return_msg><![CDATA[签名错误]]></return_msg></xml>"));

    RequestRejectedException error =
        failure(client.createAppPrepay(order()), RequestRejectedException.class);

    assertThat(error.returnMessage()).isEqualTo("签名错误");
  }

  @Test
  void wrongReplySignatureRejected() {
    server.respondWith(
        (request, body) -> {
          Map<String, String> fields = successFields(Map.of("prepay_id", PREPAY_ID));
          Map<String, String> signed =
              new V2Signer("wrong-key").signRequest(fields, SignType.HMAC_SHA256);
          request.response().end(codec.encode(signed));
        });

    SignatureVerificationException error =
        failure(client.createAppPrepay(order()), SignatureVerificationException.class);

    assertThat(error.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void unsignedReplyRejected() {
    server.respondWith(
        (request, body) ->
            request.response().end(codec.encode(successFields(Map.of("prepay_id", PREPAY_ID)))));

    SignatureVerificationException error =
        failure(client.createAppPrepay(order()), SignatureVerificationException.class);

    assertThat(error.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void malformedXmlRejected() {
    server.respondWith((request, body) -> request.response().end("<html>busy</html"));

    assertThatThrownBy(() -> await(client.createAppPrepay(order())))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("v2 reply is not valid XML");
  }

  @Test
  void gatewayErrorIsTransportFailure() {
    server.respondWith((request, body) -> request.response().setStatusCode(502).end());

    assertThatThrownBy(() -> await(client.createAppPrepay(order())))
        .isInstanceOf(TransportException.class)
        .hasMessage("POST /pay/unifiedorder returned HTTP 502");
  }

  @Test
  void slowReplyTimesOut() {
    server.respondWith((request, body) -> {});

    assertThatThrownBy(() -> await(client.createAppPrepay(order())))
        .isInstanceOf(RequestTimeoutException.class)
        .hasMessage("POST /pay/unifiedorder timed out");
  }

  @Test
  void appParametersSignedWithApiKey() {
    AppPayParameters parameters = client.signAppParameters(PREPAY_ID);
    Map<String, String> fields = new LinkedHashMap<>(parameters.toMap());

    assertThat(parameters.sign()).hasSize(64);
    assertThat(serverSigner.sign(fields, SignType.HMAC_SHA256)).isEqualTo(parameters.sign());
  }

  /** Plays the unified order endpoint: verifies the merchant's signature, as WeChat Pay does. */
  private void verifiedUnifiedOrder(HttpServerRequest request, byte[] body) {
    Map<String, String> fields = codec.decode(body);
    try {
      new V2Verifier(Vectors.V2_KEY).verify(fields);
      signedReply(request, Map.of("prepay_id", PREPAY_ID, "trade_type", "APP"));
    } catch (SignatureVerificationException e) {
      request
          .response()
          .end("<xml><return_code>FAIL</return_code><return_msg>签名错误</return_msg></xml>");
    }
  }

  private void signedReply(HttpServerRequest request, Map<String, String> businessFields) {
    Map<String, String> fields = successFields(businessFields);
    request.response().end(codec.encode(serverSigner.signRequest(fields, SignType.HMAC_SHA256)));
  }

  private void signedFailure(HttpServerRequest request, String errCode, String description) {
    Map<String, String> fields = successFields(Map.of());
    fields.put("result_code", "FAIL");
    fields.put("err_code", errCode);
    fields.put("err_code_des", description);
    request.response().end(codec.encode(serverSigner.signRequest(fields, SignType.HMAC_SHA256)));
  }

  private static Map<String, String> successFields(Map<String, String> businessFields) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "SUCCESS");
    fields.put("return_msg", "OK");
    fields.put("appid", Vectors.APP_ID);
    fields.put("mch_id", Vectors.MCH_ID);
    fields.put("nonce_str", "IITRi8Iabbblz1Jc");
    fields.put("result_code", "SUCCESS");
    fields.putAll(businessFields);
    return fields;
  }

  private static MerchantConfig config(String baseUrl) {
    return MerchantConfig.builder()
        .apiVersion(ApiVersion.V2)
        .baseUrl(baseUrl)
        .appId(Vectors.APP_ID)
        .mchId(Vectors.MCH_ID)
        .v2(new V2Credentials(Vectors.V2_KEY, SignType.HMAC_SHA256))
        .readTimeout(Duration.ofSeconds(1))
        .build();
  }
}
