package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.v2.V2Verifier;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(HmacSignTypeProfile.class)
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(
    value = WeChatPayTestResource.class,
    initArgs = @ResourceArg(name = "apiVersion", value = "V2"))
class PrepayV2HmacTest {

  @ConfigProperty(name = "wechatpay.base-url")
  String simulatorUrl;

  @ConfigProperty(name = "wechatpay.v2.api-key")
  String apiKey;

  @Test
  void hmacAppParamsVerify() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));
    Map<String, String> params = response.jsonPath().getMap("appParams");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(params.get("sign")).matches("[0-9A-F]{64}");
    assertThatCode(() -> new V2Verifier(apiKey).verify(params)).doesNotThrowAnyException();
  }

  @Test
  void simulatorUserPaysHmacPrepay() {
    Response response =
        PrepayRequests.post(PrepayRequests.validBody(PrepayRequests.newOutTradeNo()));

    Response paid = new SimulatorControl(simulatorUrl).pay(response.jsonPath().getMap("appParams"));

    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(paid.jsonPath().getInt("errCode")).isZero();
  }
}
