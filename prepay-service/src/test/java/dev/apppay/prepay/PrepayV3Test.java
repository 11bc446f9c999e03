package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PrepayCreated;
import dev.apppay.events.Topics;
import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.v3.SignatureMessages;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(
    value = WeChatPayTestResource.class,
    initArgs = @ResourceArg(name = "apiVersion", value = "V3"))
class PrepayV3Test {

  @ConfigProperty(name = "wechatpay.base-url")
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.app-id")
  String appId;

  @ConfigProperty(name = "wechatpay.mch-id")
  String mchId;

  @ConfigProperty(name = "wechatpay.v3.merchant-private-key")
  String merchantPrivateKey;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void newPrepayIsCreatedAndSigned() throws Exception {
    String outTradeNo = PrepayRequests.newOutTradeNo();

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.jsonPath().getString("outTradeNo")).isEqualTo(outTradeNo);
    assertThat(response.jsonPath().getString("prepayId")).startsWith("wx");
    assertThat(response.jsonPath().getString("apiVersion")).isEqualTo("V3");
    Instant expiresAt = Instant.parse(response.jsonPath().getString("expiresAt"));
    assertThat(expiresAt)
        .isBetween(Instant.now().plusSeconds(7100), Instant.now().plusSeconds(7201));

    Map<String, String> params = response.jsonPath().getMap("appParams");
    assertThat(params.get("appid")).isEqualTo(appId);
    assertThat(params.get("partnerid")).isEqualTo(mchId);
    assertThat(params.get("prepayid")).isEqualTo(response.jsonPath().getString("prepayId"));
    assertThat(params.get("package")).isEqualTo("Sign=WXPay");
    assertThat(params.get("timestamp")).matches("[0-9]{10}");
    assertThat(params.get("noncestr")).isNotBlank();
  }

  @Test
  void appParamsVerifyWithMerchantKey() throws Exception {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));
    Map<String, String> params = response.jsonPath().getMap("appParams");

    byte[] message =
        SignatureMessages.appPayment(
            params.get("appid"),
            Long.parseLong(params.get("timestamp")),
            params.get("noncestr"),
            params.get("prepayid"));

    assertThat(
            RsaSignatures.verify(
                MerchantKeys.publicKey(merchantPrivateKey), message, params.get("sign")))
        .isTrue();
  }

  @Test
  void simulatorUserPaysWithAppParams() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));

    Response paid = new SimulatorControl(simulatorUrl).pay(response.jsonPath().getMap("appParams"));

    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(paid.jsonPath().getInt("errCode")).isZero();
    assertThat(paid.jsonPath().getString("tradeState")).isEqualTo("SUCCESS");
  }

  @Test
  void prepayCreatedReachesBroker() {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      var records = consumer.awaitRecords(outTradeNo, 1, value -> true, Duration.ofSeconds(30));

      assertThat(records).hasSize(1);
      EventEnvelope envelope = EventCodec.decode(records.get(0).value());
      assertThat(envelope.payload())
          .isEqualTo(
              new PrepayCreated(
                  response.jsonPath().getString("prepayId"),
                  "V3",
                  appId,
                  mchId,
                  3998,
                  Instant.parse(response.jsonPath().getString("expiresAt"))));
    }
  }

  @Test
  void identicalRepeatReusesPrepay() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    Response first = PrepayRequests.post(body);
    // Any further call to WeChat Pay for this order would now fail.
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "SYSTEM_ERROR", 0, 0);

    Response repeat = PrepayRequests.post(body);

    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(repeat.jsonPath().getString("prepayId"))
        .isEqualTo(first.jsonPath().getString("prepayId"));
    assertThat(repeat.jsonPath().getString("expiresAt"))
        .isEqualTo(first.jsonPath().getString("expiresAt"));
    assertThat(repeat.jsonPath().getString("appParams.sign")).isNotBlank();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isEqualTo(1);
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void repeatFromOtherIpReusesPrepay() {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    Response first = PrepayRequests.post(body);
    body.put("clientIp", "2001:db8::7");

    Response repeat = PrepayRequests.post(body);

    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(repeat.jsonPath().getString("prepayId"))
        .isEqualTo(first.jsonPath().getString("prepayId"));
  }

  @Test
  void changedAmountIsOutTradeNoUsed() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    PrepayRequests.post(body);
    body.put("amountFen", 1);

    Response conflict = PrepayRequests.post(body);

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.contentType()).isEqualTo("application/problem+json");
    assertThat(conflict.jsonPath().getString("code")).isEqualTo("OUT_TRADE_NO_USED");
    assertThat(conflict.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(conflict.jsonPath().getString("detail"))
        .isEqualTo(
            "Order "
                + outTradeNo
                + " already has a prepay with other parameters; create a new order number");
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void expiredPrepayIsRenewed() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    PrepayRequests.post(body);
    PrepayStore.expire(outTradeNo);

    Response renewed = PrepayRequests.post(body);

    assertThat(renewed.statusCode()).isEqualTo(201);
    assertThat(PrepayStore.expiresAt(outTradeNo)).isAfter(Instant.now().plusSeconds(7100));
    assertThat(PrepayStore.prepayRows(outTradeNo)).isEqualTo(1);
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isEqualTo(2);
  }
}
