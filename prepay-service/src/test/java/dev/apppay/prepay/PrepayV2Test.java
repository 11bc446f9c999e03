package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.v2.V2Verifier;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(
    value = WeChatPayTestResource.class,
    initArgs = @ResourceArg(name = "apiVersion", value = "V2"))
class PrepayV2Test {

  @ConfigProperty(name = "wechatpay.base-url")
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.v2.api-key")
  String apiKey;

  @Test
  void v2PrepayIsCreatedAndSigned() {
    String outTradeNo = PrepayRequests.newOutTradeNo();

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.jsonPath().getString("apiVersion")).isEqualTo("V2");
    Map<String, String> params = response.jsonPath().getMap("appParams");
    assertThat(params.get("prepayid")).isEqualTo(response.jsonPath().getString("prepayId"));
    assertThat(params.get("sign")).matches("[0-9A-F]{32}");
  }

  @Test
  void v2AppParamsVerifyWithApiKey() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));
    Map<String, String> params = response.jsonPath().getMap("appParams");

    assertThatCode(() -> new V2Verifier(apiKey).verify(params)).doesNotThrowAnyException();
  }

  @Test
  void v2TamperedAppParamsFailVerification() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));
    Map<String, String> params = new java.util.HashMap<>(response.jsonPath().getMap("appParams"));
    params.put("prepayid", params.get("prepayid") + "0");

    assertThatCode(() -> new V2Verifier(apiKey).verify(params))
        .hasMessageContaining("does not match");
  }

  @Test
  void simulatorUserPaysV2Prepay() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));

    Response paid = new SimulatorControl(simulatorUrl).pay(response.jsonPath().getMap("appParams"));

    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(paid.jsonPath().getInt("errCode")).isZero();
  }

  @Test
  void v2SystemErrorIsRetryable502() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "SYSTEM_ERROR", 0, 1);

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("SYSTEMERROR");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isZero();
  }
}
