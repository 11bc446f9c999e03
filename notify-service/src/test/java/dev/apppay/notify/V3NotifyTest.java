package dev.apppay.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apppay.testinfra.PostgresKafkaResource;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.WechatpayHeaders;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "notify_service"))
@WithTestResource(NotifySimulatorResource.class)
class V3NotifyTest {

  TestMerchant merchant;
  V3Notifications notifications;
  String outTradeNo;
  String transactionId;

  @BeforeEach
  void createNotification() {
    merchant = TestMerchant.fromConfig();
    notifications = new V3Notifications(merchant);
    outTradeNo = NotifyRequests.newOutTradeNo();
    transactionId = V2Notifications.newTransactionId();
  }

  @Test
  void validNotificationIsAcknowledged() throws Throwable {
    Response response = NotifyRequests.postV3(notifications.payment(outTradeNo, transactionId));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.asString()).isEmpty();
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void recordedRowKeepsNotificationFacts() throws Throwable {
    var delivery = notifications.payment(outTradeNo, transactionId);
    String notificationId = new ObjectMapper().readTree(delivery.body()).path("id").asText();

    NotifyRequests.postV3(delivery);

    PaymentNotification row = NotifyStore.find(outTradeNo);
    assertThat(row.transactionId).isEqualTo(transactionId);
    assertThat(row.amountFen).isEqualTo(3998);
    assertThat(row.currency).isEqualTo("CNY");
    assertThat(row.appId).isEqualTo(merchant.appId());
    assertThat(row.mchId).isEqualTo(merchant.mchId());
    assertThat(row.apiVersion).isEqualTo("V3");
    assertThat(row.notificationId).isEqualTo(notificationId);
    assertThat(row.rawBody).isEqualTo(new String(delivery.body(), StandardCharsets.UTF_8));
    assertThat(row.paidAt).isNotNull();
    assertThat(row.receivedAt).isNotNull();
  }

  @Test
  void duplicateIsAcknowledgedWithoutEffect() throws Throwable {
    NotifyRequests.postV3(notifications.payment(outTradeNo, transactionId));

    Response repeat = NotifyRequests.postV3(notifications.payment(outTradeNo, transactionId));

    assertThat(repeat.statusCode()).isEqualTo(204);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void forgedSignatureIsRejected() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "TRANSACTION.SUCCESS");
    var forged =
        V3Notifications.signed(body, otherKey(), merchant.platformPublicKeyId(), Clock.systemUTC());

    assertRejected(forged, 401, "signature verification failed: SIGNATURE_MISMATCH");
  }

  @Test
  void tamperedBodyIsRejected() throws Throwable {
    var delivery = notifications.payment(outTradeNo, transactionId);
    String body = new String(delivery.body(), StandardCharsets.UTF_8);
    byte[] tampered = body.replace("支付成功", "支付失败").getBytes(StandardCharsets.UTF_8);

    assertRejected(
        new V3Notifications.Delivery(delivery.headers(), tampered),
        401,
        "signature verification failed: SIGNATURE_MISMATCH");
  }

  @Test
  void staleTimestampIsRejected() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "TRANSACTION.SUCCESS");
    Clock sixMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));
    var stale =
        V3Notifications.signed(
            body, notifications.platformKey(), merchant.platformPublicKeyId(), sixMinutesAgo);

    assertRejected(stale, 401, "signature verification failed: TIMESTAMP_OUT_OF_WINDOW");
  }

  @Test
  void unknownSerialIsRejected() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "TRANSACTION.SUCCESS");
    var unknown =
        V3Notifications.signed(
            body,
            notifications.platformKey(),
            "PUB_KEY_ID_0119000000002026010100000000000099",
            Clock.systemUTC());

    assertRejected(unknown, 401, "signature verification failed: UNKNOWN_SERIAL");
  }

  @Test
  void probeSignatureIsRejected() throws Throwable {
    var delivery = notifications.payment(outTradeNo, transactionId);
    Map<String, String> headers = new HashMap<>(delivery.headers());
    headers.put(WechatpayHeaders.SIGNATURE, ResponseVerifier.PROBE_PREFIX + "dGVzdA==");

    assertRejected(
        new V3Notifications.Delivery(headers, delivery.body()),
        401,
        "signature verification failed: PROBE_SIGNATURE");
  }

  @Test
  void missingSignatureIsRejected() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "TRANSACTION.SUCCESS");

    assertRejected(
        new V3Notifications.Delivery(Map.of(), body),
        401,
        "signature verification failed: MISSING_SIGNATURE");
  }

  @Test
  void wrongAppIdIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("appid", "wx0000000000000000");

    assertRejected(signedPayment(transaction), 400, "appid does not match this merchant");
  }

  @Test
  void wrongMchIdIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("mchid", "1900000000");

    assertRejected(signedPayment(transaction), 400, "mch_id does not match this merchant");
  }

  @Test
  void unpaidTradeStateIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("trade_state", "NOTPAY");

    assertRejected(signedPayment(transaction), 400, "trade_state is NOTPAY, not SUCCESS");
  }

  @Test
  void wrongApiV3KeyIsRejected() throws Throwable {
    TestMerchant otherKey =
        new TestMerchant(
            merchant.appId(),
            merchant.mchId(),
            merchant.v2ApiKey(),
            "otherv3keyotherv3keyotherv3key01",
            merchant.platformPrivateKey(),
            merchant.platformPublicKeyId(),
            merchant.simulatorUrl());
    V3Notifications encryptedWithOtherKey = new V3Notifications(otherKey);
    byte[] body = encryptedWithOtherKey.envelope(transaction(), "TRANSACTION.SUCCESS");

    assertRejected(notifications.signed(body), 401, "resource decryption failed");
  }

  @Test
  void malformedBodyIsRejected() throws Throwable {
    byte[] body = "{\"id\":".getBytes(StandardCharsets.UTF_8);

    assertRejected(notifications.signed(body), 400, "invalid notification body");
  }

  @Test
  void oversizeBodyIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("attach", "x".repeat(70 * 1024));

    assertRejected(signedPayment(transaction), 413, "body exceeds 65536 bytes");
  }

  @Test
  void nulInTransactionIdIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("transaction_id", transactionId + "\u0000");

    assertRejected(signedPayment(transaction), 400, "transaction_id must be 1-32 digits");
  }

  @Test
  void nulInOutTradeNoIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    transaction.put("out_trade_no", outTradeNo + "\u0000");

    assertRejected(
        signedPayment(transaction),
        400,
        "out_trade_no must be 6-32 characters of 0-9 a-z A-Z _ - | *");
  }

  @Test
  void nulInCurrencyIsRejected() throws Throwable {
    ObjectNode transaction = transaction();
    ((ObjectNode) transaction.get("amount")).put("currency", "CN\u0000");

    assertRejected(signedPayment(transaction), 400, "currency must be 3 capital letters");
  }

  @Test
  void nulInNotificationIdIsRejected() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "TRANSACTION.SUCCESS");
    ObjectNode envelope = (ObjectNode) new ObjectMapper().readTree(body);
    envelope.put("id", envelope.path("id").asText() + "\u0000");
    byte[] changed = envelope.toString().getBytes(StandardCharsets.UTF_8);

    assertRejected(
        notifications.signed(changed), 400, "id must be 1-64 characters of 0-9 a-z A-Z _ -");
  }

  @Test
  void refundEventIsAcknowledgedWithoutEffect() throws Throwable {
    byte[] body = notifications.envelope(transaction(), "REFUND.SUCCESS");

    Response response = NotifyRequests.postV3(notifications.signed(body));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  private ObjectNode transaction() {
    return notifications.transaction(outTradeNo, transactionId);
  }

  private V3Notifications.Delivery signedPayment(ObjectNode transaction) {
    return notifications.signed(notifications.envelope(transaction, "TRANSACTION.SUCCESS"));
  }

  private void assertRejected(V3Notifications.Delivery delivery, int status, String message)
      throws Throwable {
    Response response = NotifyRequests.postV3(delivery);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.asString()).isEqualTo(NotifyRequests.v3Fail(message));
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.notificationRowsOfTransaction(transactionId)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  private static PrivateKey otherKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }
}
