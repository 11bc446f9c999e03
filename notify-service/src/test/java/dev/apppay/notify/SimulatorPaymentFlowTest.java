package dev.apppay.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.Topics;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.ApiVersion;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.client.WeChatPayClient;
import dev.apppay.wechatpay.credential.V2Credentials;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The whole path: an order created at the simulator with this service as {@code notify_url}, paid
 * as the user, and the simulator's signed notification delivered and acknowledged.
 */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "notify_service"))
@WithTestResource(NotifySimulatorResource.class)
class SimulatorPaymentFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject WeChatPayClient v3Client;
  @Inject MerchantConfig merchant;
  @Inject Vertx vertx;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @TestHTTPResource("/wechatpay/v2/notify")
  String v2NotifyUrl;

  @TestHTTPResource("/wechatpay/v3/notify")
  String v3NotifyUrl;

  @Test
  void v3PaymentIsRecordedOnce() throws Throwable {
    String outTradeNo = payAtSimulator(v3Client, v3NotifyUrl, Map.of());

    assertOneEventAndAcknowledged(outTradeNo);
  }

  @Test
  void v2PaymentIsRecordedOnce() throws Throwable {
    MerchantConfig v2Merchant =
        MerchantConfig.builder()
            .apiVersion(ApiVersion.V2)
            .baseUrl(merchant.baseUrl().toString())
            .appId(merchant.appId())
            .mchId(merchant.mchId())
            .v2(new V2Credentials(TestMerchant.fromConfig().v2ApiKey(), null))
            .build();
    try (WeChatPayClient v2Client = WeChatPayClient.create(vertx, v2Merchant)) {
      String outTradeNo = payAtSimulator(v2Client, v2NotifyUrl, Map.of());

      assertOneEventAndAcknowledged(outTradeNo);
    }
  }

  @Test
  void concurrentDuplicateDeliveriesRecordOnce() throws Throwable {
    Map<String, Object> faults = Map.of("duplicates", 5, "concurrentDuplicates", true);

    String outTradeNo = payAtSimulator(v3Client, v3NotifyUrl, faults);

    assertOneEventAndAcknowledged(outTradeNo);
  }

  /** Creates and pays an order at the simulator, with delivery faults set before paying. */
  private String payAtSimulator(
      WeChatPayClient client, String notifyUrl, Map<String, Object> faults) {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    AppPrepayRequest request =
        new AppPrepayRequest(
            outTradeNo, "Demo shop - Coffee beans x2", 3998, "203.0.113.7", notifyUrl, null, null);
    String prepayId = client.createAppPrepay(request).await().atMost(WAIT).prepayId();
    if (!faults.isEmpty()) {
      control().body(faults).put("/simulator/orders/" + outTradeNo + "/faults");
    }

    Map<String, String> appParams = client.signAppParameters(prepayId).toMap();
    control().body(appParams).post("/simulator/pay").then().statusCode(200);
    return outTradeNo;
  }

  private void assertOneEventAndAcknowledged(String outTradeNo) throws Throwable {
    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      consumer.awaitRecords(outTradeNo, 1, value -> true, WAIT);
      var records = consumer.awaitRecords(outTradeNo, 2, value -> true, Duration.ofSeconds(3));

      assertThat(records).hasSize(1);
      assertThat(records.get(0).value()).contains("\"type\":\"PaymentSucceeded\"");
    }
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(deliveryStatus(outTradeNo)).isEqualTo("ACKNOWLEDGED");
  }

  private String deliveryStatus(String outTradeNo) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    String status = null;
    while (Instant.now().isBefore(deadline)) {
      JsonPath deliveries =
          control().get("/simulator/orders/" + outTradeNo + "/notifications").jsonPath();
      List<String> statuses = deliveries.getList("status");
      status = statuses.isEmpty() ? null : statuses.get(0);
      if ("ACKNOWLEDGED".equals(status)) {
        return status;
      }
      Thread.sleep(100);
    }
    return status;
  }

  private io.restassured.specification.RequestSpecification control() {
    return given().baseUri(merchant.baseUrl().toString()).contentType(ContentType.JSON);
  }
}
