package dev.apppay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.wechat.pay.java.core.RSAConfig;
import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.exception.ServiceException;
import com.wechat.pay.java.core.http.DefaultHttpClientBuilder;
import com.wechat.pay.java.core.http.HttpClient;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.http.JsonRequestBody;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import dev.apppay.simulator.support.AppUser;
import dev.apppay.simulator.support.NotificationReceiver;
import dev.apppay.simulator.support.NotificationReceiver.Received;
import dev.apppay.simulator.support.TestConfigs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs WeChat Pay's official Java SDK (wechatpay-java-core 0.2.17), unchanged, against the
 * simulator: it signs the requests and verifies every reply with the simulator's public key.
 */
class OfficialSdkTest {

  private WeChatPaySimulator simulator;
  private NotificationReceiver receiver;
  private RSAPublicKeyConfig config;
  private HttpClient sdk;

  @BeforeEach
  void start() throws Exception {
    simulator = WeChatPaySimulator.start(TestConfigs.builder().build());
    receiver = NotificationReceiver.start(simulator.credentials());
    SimulatorCredentials credentials = simulator.credentials();
    config =
        new RSAPublicKeyConfig.Builder()
            .merchantId(credentials.mchId())
            .privateKey(credentials.merchantPrivateKey())
            .merchantSerialNumber(credentials.merchantSerialNumber())
            .publicKey(credentials.platformPublicKey())
            .publicKeyId(credentials.platformPublicKeyId())
            .apiV3Key(credentials.v3ApiKey())
            .build();
    sdk = new DefaultHttpClientBuilder().config(config).build();
  }

  @AfterEach
  void stop() throws Exception {
    simulator.close();
    receiver.close();
  }

  @Test
  void sdkPaysQueriesAndParsesNotification() throws Exception {
    SimulatorCredentials credentials = simulator.credentials();
    String body =
        "{\"appid\":\""
            + credentials.appId()
            + "\",\"mchid\":\""
            + credentials.mchId()
            + "\",\"description\":\"SDK order\",\"out_trade_no\":\"SDKFLOW001\",\"notify_url\":\""
            + receiver.url()
            + "\",\"amount\":{\"total\":88,\"currency\":\"CNY\"}}";
    JsonObject prepay =
        sdk.post(headers(), url("/v3/pay/transactions/app"), json(body), JsonObject.class)
            .getServiceResponse();
    String prepayId = prepay.get("prepay_id").getAsString();

    AppUser user = new AppUser(simulator.baseUrl(), credentials);
    user.post("/simulator/pay", user.v3Parameters(prepayId));
    List<Received> received = receiver.awaitReceived(1, Duration.ofSeconds(5));
    JsonObject notified =
        new NotificationParser(config).parse(requestParam(received.get(0)), JsonObject.class);

    JsonObject queried =
        sdk.get(
                headers(),
                url("/v3/pay/transactions/out-trade-no/SDKFLOW001?mchid=" + credentials.mchId()),
                JsonObject.class)
            .getServiceResponse();
    ServiceException closeError =
        catchThrowableOfType(
            ServiceException.class,
            () ->
                sdk.post(
                    headers(),
                    url("/v3/pay/transactions/out-trade-no/SDKFLOW001/close"),
                    json("{\"mchid\":\"" + credentials.mchId() + "\"}"),
                    null));

    assertThat(prepayId).startsWith("wx");
    assertThat(notified.get("out_trade_no").getAsString()).isEqualTo("SDKFLOW001");
    assertThat(notified.get("trade_state").getAsString()).isEqualTo("SUCCESS");
    assertThat(notified.getAsJsonObject("amount").get("total").getAsLong()).isEqualTo(88);
    assertThat(queried.get("trade_state").getAsString()).isEqualTo("SUCCESS");
    assertThat(closeError.getHttpStatusCode()).isEqualTo(400);
    assertThat(closeError.getErrorCode()).isEqualTo("ORDERPAID");
  }

  @Test
  void sdkClosesUnpaidOrderWith204() throws Exception {
    SimulatorCredentials credentials = simulator.credentials();
    String body =
        "{\"appid\":\""
            + credentials.appId()
            + "\",\"mchid\":\""
            + credentials.mchId()
            + "\",\"description\":\"SDK order\",\"out_trade_no\":\"SDKCLOSE01\",\"notify_url\":\""
            + receiver.url()
            + "\",\"amount\":{\"total\":1}}";
    sdk.post(headers(), url("/v3/pay/transactions/app"), json(body), JsonObject.class);

    sdk.post(
        headers(),
        url("/v3/pay/transactions/out-trade-no/SDKCLOSE01/close"),
        json("{\"mchid\":\"" + credentials.mchId() + "\"}"),
        null);

    assertThat(simulator.order("SDKCLOSE01").orElseThrow().state()).isEqualTo(TradeState.CLOSED);
  }

  @Test
  void sdkVerifiesCertificateModeReplies() throws Exception {
    try (WeChatPaySimulator certificateMode =
        WeChatPaySimulator.start(
            TestConfigs.builder().platformKeyMode(PlatformKeyMode.CERTIFICATE).build())) {
      SimulatorCredentials credentials = certificateMode.credentials();
      RSAConfig certificateConfig =
          new RSAConfig.Builder()
              .merchantId(credentials.mchId())
              .privateKey(credentials.merchantPrivateKey())
              .merchantSerialNumber(credentials.merchantSerialNumber())
              .wechatPayCertificates(credentials.platformCertificate())
              .build();
      HttpClient certificateSdk = new DefaultHttpClientBuilder().config(certificateConfig).build();
      HttpHeaders headers = new HttpHeaders();
      headers.addHeader("Accept", "application/json");

      ServiceException missing =
          catchThrowableOfType(
              ServiceException.class,
              () ->
                  certificateSdk.get(
                      headers,
                      certificateMode.baseUrl()
                          + "/v3/pay/transactions/out-trade-no/SDKCERT001?mchid="
                          + credentials.mchId(),
                      JsonObject.class));

      assertThat(missing.getHttpStatusCode()).isEqualTo(404);
      assertThat(missing.getErrorCode()).isEqualTo("ORDER_NOT_EXIST");
      JsonObject certificates =
          certificateSdk
              .get(headers, certificateMode.baseUrl() + "/v3/certificates", JsonObject.class)
              .getServiceResponse();
      assertThat(
              certificates
                  .getAsJsonArray("data")
                  .get(0)
                  .getAsJsonObject()
                  .get("serial_no")
                  .getAsString())
          .isEqualTo(credentials.platformCertificateSerial());
    }
  }

  private String url(String path) {
    return simulator.baseUrl() + path;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.addHeader("Accept", "application/json");
    headers.addHeader("Content-Type", "application/json");
    headers.addHeader("Wechatpay-Serial", simulator.credentials().platformPublicKeyId());
    return headers;
  }

  private static JsonRequestBody json(String body) {
    return new JsonRequestBody.Builder().body(body).build();
  }

  private static RequestParam requestParam(Received notification) {
    return new RequestParam.Builder()
        .serialNumber(notification.headers().get("Wechatpay-Serial"))
        .nonce(notification.headers().get("Wechatpay-Nonce"))
        .signature(notification.headers().get("Wechatpay-Signature"))
        .timestamp(notification.headers().get("Wechatpay-Timestamp"))
        .signType(notification.headers().get("Wechatpay-Signature-Type"))
        .body(notification.body())
        .build();
  }
}
