package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.PostgresKafkaResource;
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
    initArgs = @ResourceArg(name = "apiVersion", value = "V3"))
class PrepayFailureTest {

  @ConfigProperty(name = "wechatpay.base-url")
  String simulatorUrl;

  @Test
  void systemErrorIsRetryable502() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "SYSTEM_ERROR", 0, 1);

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/wechatpay-failed");
    assertThat(response.jsonPath().getString("title")).isEqualTo("WeChat Pay failed");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("SYSTEM_ERROR");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isZero();
  }

  @Test
  void retryAfterSystemErrorSucceeds() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "SYSTEM_ERROR", 0, 1);
    PrepayRequests.post(body);

    Response retry = PrepayRequests.post(body);

    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(PrepayStore.prepayRows(outTradeNo)).isEqualTo(1);
  }

  @Test
  void timeoutIsRetryable502() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    // The test profile sets wechatpay.read-timeout to 2 seconds.
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "DELAY", 4000, 1);

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("TIMEOUT");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo(
            "WeChat Pay did not reply in time; the outcome is unknown, so retry with identical"
                + " parameters");
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isZero();
  }

  @Test
  void connectionResetIsRetryable502() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    new SimulatorControl(simulatorUrl).failPrepay(outTradeNo, "TIMEOUT", 100, 1);

    Response response = PrepayRequests.post(PrepayRequests.validBody(outTradeNo));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.jsonPath().getString("code")).isEqualTo("TRANSPORT");
    assertThat(response.jsonPath().getBoolean("retryable")).isTrue();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
  }

  @Test
  void wechatOutTradeNoUsedIs409() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    PrepayRequests.post(body);
    PrepayStore.forget(outTradeNo);
    body.put("description", "Demo shop - Tea x1");

    Response response = PrepayRequests.post(body);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.jsonPath().getString("type")).isEqualTo("/problems/order-not-payable");
    assertThat(response.jsonPath().getString("code")).isEqualTo("OUT_TRADE_NO_USED");
    assertThat(response.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
  }

  @Test
  void paidOrderIs409OrderPaid() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    Map<String, Object> body = PrepayRequests.validBody(outTradeNo);
    Response created = PrepayRequests.post(body);
    new SimulatorControl(simulatorUrl).pay(created.jsonPath().getMap("appParams"));
    PrepayStore.forget(outTradeNo);

    Response response = PrepayRequests.post(body);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.jsonPath().getString("code")).isEqualTo("ORDERPAID");
    assertThat(response.jsonPath().getBoolean("retryable")).isFalse();
    assertThat(PrepayStore.prepayRows(outTradeNo)).isZero();
  }
}
