package dev.apppay.wechatpay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.RequestTimeoutException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.SignatureVerificationException.Reason;
import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.TransportException;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v3.AuthorizationHeader;
import dev.apppay.wechatpay.v3.RequestVerifier;
import dev.apppay.wechatpay.v3.ResponseSignature;
import dev.apppay.wechatpay.v3.ResponseSigner;
import dev.apppay.wechatpay.v3.SignatureMessages;
import dev.apppay.wechatpay.v3.VerificationKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.mutiny.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V3ClientTest {

  private static final String OUT_TRADE_NO = "20250101120000001";
  private static final String PREPAY_ID = "wx20250101120001a1b2c3d4e5f6a7b8c900";

  private final ResponseSigner platformSigner =
      new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), Clock.systemUTC());
  private final RequestVerifier merchantVerifier =
      new RequestVerifier(
          VerificationKeys.of(Vectors.OFFICIAL_SERIAL, Vectors.officialMerchantPublicKey()),
          Clock.systemUTC());

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
  void prepayReturnsPrepayId() {
    server.respondWith(this::verifiedPrepay);

    assertThat(await(client.createAppPrepay(order())).prepayId()).isEqualTo(PREPAY_ID);
  }

  @Test
  void prepaySendsSignedJsonBody() {
    server.respondWith(this::verifiedPrepay);

    await(client.createAppPrepay(order()));

    StubWeChatPayServer.Received request = server.received().get(0);
    assertThat(request.uri()).isEqualTo("/v3/pay/transactions/app");
    assertThat(request.headers().get("Wechatpay-Serial")).isEqualTo(Vectors.PLATFORM_KEY_ID);
    assertThat(new String(request.body(), StandardCharsets.UTF_8))
        .contains("\"out_trade_no\":\"20250101120000001\"")
        .contains("\"amount\":{\"total\":1,\"currency\":\"CNY\"}")
        .contains("\"scene_info\":{\"payer_client_ip\":\"203.0.113.7\"}");
  }

  @Test
  void resubscribingSignsAgain() {
    server.respondWith(this::verifiedPrepay);
    Uni<?> prepay = client.createAppPrepay(order());

    await(prepay);
    await(prepay);

    String first = server.received().get(0).headers().get("Authorization");
    String second = server.received().get(1).headers().get("Authorization");
    assertThat(AuthorizationHeader.parse(first).nonce())
        .isNotEqualTo(AuthorizationHeader.parse(second).nonce());
  }

  @Test
  void queryByOutTradeNoReturnsTransaction() {
    server.respondWith((request, body) -> signed(request, 200, Vectors.text("s6-plaintext.json")));

    Transaction transaction = await(client.queryByOutTradeNo(OUT_TRADE_NO));

    assertThat(transaction.tradeState()).isEqualTo(TradeState.SUCCESS);
    assertThat(transaction.transactionId()).isEqualTo("4200002501202501011234567890");
    assertThat(transaction.total()).isEqualTo(1);
    assertThat(transaction.successTime()).isEqualTo(Instant.parse("2025-01-01T04:01:30Z"));
    assertThat(server.received().get(0).uri())
        .isEqualTo("/v3/pay/transactions/out-trade-no/20250101120000001?mchid=1900007291");
  }

  @Test
  void queryByTransactionIdUsesIdPath() {
    server.respondWith((request, body) -> signed(request, 200, Vectors.text("s6-plaintext.json")));

    await(client.queryByTransactionId("4200002501202501011234567890"));

    assertThat(server.received().get(0).uri())
        .isEqualTo("/v3/pay/transactions/id/4200002501202501011234567890?mchid=1900007291");
  }

  @Test
  void closeOrderAcceptsSignedNoContent() {
    server.respondWith((request, body) -> signed(request, 204, ""));

    await(client.closeOrder(OUT_TRADE_NO));

    assertThat(server.received().get(0).uri())
        .isEqualTo("/v3/pay/transactions/out-trade-no/20250101120000001/close");
  }

  @Test
  void closeOrderAlreadyClosedIsTyped() {
    server.respondWith(
        (request, body) ->
            plain(request, 400, "{\"code\":\"ORDER_CLOSED\",\"message\":\"订单已关闭\"}"));

    BusinessException error = failure(client.closeOrder(OUT_TRADE_NO), BusinessException.class);

    assertThat(error.isOrderClosed()).isTrue();
    assertThat(error.description()).isEqualTo("订单已关闭");
  }

  @Test
  void businessErrorCarriesCode() {
    server.respondWith(
        (request, body) -> {
          request.response().putHeader("Request-ID", "08F78BB5AF0610D302839A0F1A6A2D9B");
          plain(request, 403, "{\"code\":\"OUT_TRADE_NO_USED\",\"message\":\"商户订单号重复\"}");
        });

    BusinessException error = failure(client.createAppPrepay(order()), BusinessException.class);

    assertThat(error.code()).isEqualTo("OUT_TRADE_NO_USED");
    assertThat(error.httpStatus()).isEqualTo(403);
    assertThat(error.requestId()).isEqualTo("08F78BB5AF0610D302839A0F1A6A2D9B");
    assertThat(error.isRetryable()).isFalse();
  }

  @Test
  void systemErrorIsRetryable() {
    server.respondWith(
        (request, body) -> plain(request, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));

    BusinessException error = failure(client.createAppPrepay(order()), BusinessException.class);

    assertThat(error.code()).isEqualTo("SYSTEM_ERROR");
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void tamperedResponseRejected() {
    server.respondWith(
        (request, body) -> {
          ResponseSignature signature = platformSigner.sign("{\"prepay_id\":\"wx1\"}".getBytes());
          send(request, 200, signature, "{\"prepay_id\":\"wx2\"}");
        });

    SignatureVerificationException error =
        failure(client.createAppPrepay(order()), SignatureVerificationException.class);

    assertThat(error.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void probeResponseRejected() {
    server.respondWith(
        (request, body) -> {
          String json = "{\"prepay_id\":\"" + PREPAY_ID + "\"}";
          ResponseSignature real = platformSigner.sign(json.getBytes(StandardCharsets.UTF_8));
          ResponseSignature probe =
              new ResponseSignature(
                  real.timestamp(),
                  real.nonce(),
                  "WECHATPAY/SIGNTEST/" + real.signature(),
                  real.serial());
          send(request, 200, probe, json);
        });

    SignatureVerificationException error =
        failure(client.createAppPrepay(order()), SignatureVerificationException.class);

    assertThat(error.reason()).isEqualTo(Reason.PROBE_SIGNATURE);
  }

  @Test
  void unsignedResponseRejected() {
    server.respondWith((request, body) -> plain(request, 200, "{\"prepay_id\":\"wx1\"}"));

    SignatureVerificationException error =
        failure(client.createAppPrepay(order()), SignatureVerificationException.class);

    assertThat(error.reason()).isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void malformedReplyRejected() {
    server.respondWith((request, body) -> signed(request, 200, "<html>oops</html>"));

    MalformedReplyException error =
        failure(client.createAppPrepay(order()), MalformedReplyException.class);

    assertThat(error).hasMessageStartingWith("Body is not a valid PrepayResponseBody");
  }

  @Test
  void missingPrepayIdRejected() {
    server.respondWith((request, body) -> signed(request, 200, "{}"));

    assertThatThrownBy(() -> await(client.createAppPrepay(order())))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Prepay response has no prepay_id");
  }

  @Test
  void slowReplyTimesOut() {
    server.respondWith((request, body) -> {});

    assertThatThrownBy(() -> await(client.queryByOutTradeNo(OUT_TRADE_NO)))
        .isInstanceOf(RequestTimeoutException.class)
        .hasMessage(
            "GET /v3/pay/transactions/out-trade-no/20250101120000001?mchid=1900007291 timed out");
  }

  @Test
  void refusedConnectionIsTransportFailure() throws Exception {
    String closedUrl = server.baseUrl();
    server.close();

    assertThatThrownBy(() -> await(client.queryByOutTradeNo(OUT_TRADE_NO)))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("failed");
    server = new StubWeChatPayServer();
    assertThat(closedUrl).isNotEqualTo(server.baseUrl());
  }

  @Test
  void invalidOrderNumberSendsNothing() {
    assertThatThrownBy(() -> await(client.queryByOutTradeNo("../../v3/certificates")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid out_trade_no [../../v3/certificates]");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void appParametersSignedWithMerchantKey() {
    AppPayParameters parameters = client.signAppParameters(PREPAY_ID);
    byte[] message =
        SignatureMessages.appPayment(
            Vectors.APP_ID,
            Long.parseLong(parameters.timestamp()),
            parameters.nonceStr(),
            PREPAY_ID);

    assertThat(
            RsaSignatures.verify(Vectors.officialMerchantPublicKey(), message, parameters.sign()))
        .isTrue();
    assertThat(parameters.packageValue()).isEqualTo("Sign=WXPay");
    assertThat(parameters.partnerId()).isEqualTo(Vectors.OFFICIAL_MCH_ID);
  }

  /** Plays the prepay endpoint: verifies the merchant's signature first, as WeChat Pay does. */
  private void verifiedPrepay(HttpServerRequest request, byte[] body) {
    try {
      merchantVerifier.verify(
          request.method().name(), request.uri(), body, request.getHeader("Authorization"));
      signed(request, 200, "{\"prepay_id\":\"" + PREPAY_ID + "\"}");
    } catch (SignatureVerificationException e) {
      plain(request, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"" + e.reason() + "\"}");
    }
  }

  private void signed(HttpServerRequest request, int status, String json) {
    send(request, status, platformSigner.sign(json.getBytes(StandardCharsets.UTF_8)), json);
  }

  private static void send(
      HttpServerRequest request, int status, ResponseSignature signature, String json) {
    HttpServerResponse response = request.response().setStatusCode(status);
    signature.toHeaders().forEach(response::putHeader);
    response.end(Buffer.buffer(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static void plain(HttpServerRequest request, int status, String json) {
    request
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .end(json);
  }

  static AppPrepayRequest order() {
    return new AppPrepayRequest(
        OUT_TRADE_NO,
        "示例应用-会员充值",
        1,
        "203.0.113.7",
        "https://merchant.example.com/wxpay/v3/notify",
        null,
        null);
  }

  private static MerchantConfig config(String baseUrl) {
    V3Credentials credentials =
        V3Credentials.load(
            Vectors.V3_KEY,
            Vectors.text("official-merchant-key.pem"),
            Vectors.OFFICIAL_SERIAL,
            Vectors.text("simulated-platform-public-key.pem"),
            Vectors.PLATFORM_KEY_ID,
            java.util.List.of());
    return MerchantConfig.builder()
        .apiVersion(ApiVersion.V3)
        .baseUrl(baseUrl)
        .appId(Vectors.APP_ID)
        .mchId(Vectors.OFFICIAL_MCH_ID)
        .v3(credentials)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(1))
        .build();
  }

  static <T> T await(Uni<T> uni) {
    return uni.await().atMost(Duration.ofSeconds(10));
  }

  static <E extends Throwable> E failure(Uni<?> uni, Class<E> type) {
    return catchThrowableOfType(type, () -> await(uni));
  }
}
