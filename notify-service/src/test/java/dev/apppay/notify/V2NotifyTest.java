package dev.apppay.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.PaymentSucceeded;
import dev.apppay.events.Topics;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "notify_service"))
@WithTestResource(NotifySimulatorResource.class)
class V2NotifyTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  TestMerchant merchant;
  V2Notifications notifications;
  String outTradeNo;
  String transactionId;

  @BeforeEach
  void createNotification() {
    merchant = TestMerchant.fromConfig();
    notifications = new V2Notifications(merchant);
    outTradeNo = NotifyRequests.newOutTradeNo();
    transactionId = V2Notifications.newTransactionId();
  }

  @Test
  void validNotificationIsAcknowledged() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);

    Response response = NotifyRequests.postV2(notifications.signed(fields));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString()).isEqualTo(NotifyRequests.V2_SUCCESS);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void paymentSucceededReachesBrokerOnce() {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    NotifyRequests.postV2(notifications.signed(fields));
    NotifyRequests.postV2(notifications.signed(fields));

    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.PAYMENT_EVENTS)) {
      consumer.awaitRecords(outTradeNo, 1, value -> true, Duration.ofSeconds(30));
      var records = consumer.awaitRecords(outTradeNo, 2, value -> true, Duration.ofSeconds(3));

      assertThat(records).hasSize(1);
      EventEnvelope envelope = EventCodec.decode(records.get(0).value());
      assertThat(envelope.payload())
          .isEqualTo(
              new PaymentSucceeded(
                  transactionId,
                  3998,
                  "CNY",
                  merchant.appId(),
                  merchant.mchId(),
                  WeChatTimes.parseV2(fields.get("time_end")),
                  PaymentSucceeded.Source.NOTIFY));
    }
  }

  @Test
  void duplicateIsAcknowledgedWithoutEffect() throws Throwable {
    byte[] body = notifications.signed(notifications.paymentFields(outTradeNo, transactionId));
    NotifyRequests.postV2(body);

    Response repeat = NotifyRequests.postV2(body);

    assertThat(repeat.asString()).isEqualTo(NotifyRequests.V2_SUCCESS);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void forgedSignatureIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    byte[] body =
        V2Notifications.encode(
            new V2Signer("forgedkeyforgedkeyforgedkey01234").signRequest(fields, SignType.MD5));

    assertRejected(body, "invalid signature");
  }

  @Test
  void tamperedAmountIsRejected() throws Throwable {
    String signed =
        new String(
            notifications.signed(notifications.paymentFields(outTradeNo, transactionId)),
            StandardCharsets.UTF_8);
    String tampered = signed.replace("<total_fee><![CDATA[3998]]>", "<total_fee><![CDATA[1]]>");
    assertThat(tampered).isNotEqualTo(signed);

    assertRejected(tampered.getBytes(StandardCharsets.UTF_8), "invalid signature");
  }

  @Test
  void missingSignIsRejected() throws Throwable {
    byte[] body = V2Notifications.encode(notifications.paymentFields(outTradeNo, transactionId));

    assertRejected(body, "invalid signature");
  }

  @Test
  void wrongAppIdIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("appid", "wx0000000000000000");

    assertRejected(notifications.signed(fields), "appid does not match this merchant");
  }

  @Test
  void wrongMchIdIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("mch_id", "1900000000");

    assertRejected(notifications.signed(fields), "mch_id does not match this merchant");
  }

  @Test
  void nonDigitTransactionIdIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("transaction_id", "4200abc");

    assertRejected(notifications.signed(fields), "transaction_id must be 1-32 digits");
    assertThat(NotifyStore.notificationRowsOfTransaction("4200abc")).isZero();
  }

  @Test
  void invalidOutTradeNoIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("out_trade_no", outTradeNo + "#");

    assertRejected(
        notifications.signed(fields),
        "out_trade_no must be 6-32 characters of 0-9 a-z A-Z _ - | *");
    assertThat(NotifyStore.notificationRowsOfTransaction(transactionId)).isZero();
  }

  @Test
  void invalidCurrencyIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("fee_type", "cny");

    assertRejected(notifications.signed(fields), "currency must be 3 capital letters");
  }

  @Test
  void xxePayloadIsRejected() throws Throwable {
    String body =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<xml><return_code>SUCCESS</return_code><out_trade_no>"
            + outTradeNo
            + "</out_trade_no><attach>&xxe;</attach></xml>";

    assertRejected(body.getBytes(StandardCharsets.UTF_8), "invalid XML");
  }

  @Test
  void oversizeBodyIsRejected() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("attach", "x".repeat(70 * 1024));

    assertRejected(notifications.signed(fields), "body exceeds 65536 bytes");
  }

  @Test
  void failedPaymentIsAcknowledgedWithoutEffect() throws Throwable {
    Map<String, String> fields = notifications.paymentFields(outTradeNo, transactionId);
    fields.put("result_code", "FAIL");
    fields.put("err_code", "NOTENOUGH");

    Response response = NotifyRequests.postV2(notifications.signed(fields));

    assertThat(response.asString()).isEqualTo(NotifyRequests.V2_SUCCESS);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  private void assertRejected(byte[] body, String message) throws Throwable {
    Response response = NotifyRequests.postV2(body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asString()).isEqualTo(NotifyRequests.v2Fail(message));
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }
}
