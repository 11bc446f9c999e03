package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class V3NotificationHandlerTest {

  private static final byte[] BODY = Vectors.bytes("s7-body.json");

  private final V3NotificationHandler handler = handlerWithKey(Vectors.V3_KEY);

  @Test
  void verifyReturnsEnvelope() {
    NotificationEnvelope envelope = handler.verify(headers()::get, BODY);

    assertThat(envelope.id()).isEqualTo("EV-2025010112013000001");
    assertThat(envelope.eventType()).isEqualTo(NotificationEnvelope.TRANSACTION_SUCCESS);
    assertThat(envelope.resource().associatedData()).isEqualTo("transaction");
  }

  @Test
  void decryptReturnsPlaintext() {
    NotificationEnvelope envelope = handler.verify(headers()::get, BODY);

    assertThat(handler.decrypt(envelope)).isEqualTo(Vectors.text("s6-plaintext.json"));
  }

  @Test
  void readPaymentParsesTransaction() {
    Transaction transaction = handler.readPayment(headers()::get, BODY);

    assertThat(transaction.tradeState()).isEqualTo(TradeState.SUCCESS);
    assertThat(transaction.appId()).isEqualTo(Vectors.APP_ID);
    assertThat(transaction.mchId()).isEqualTo(Vectors.MCH_ID);
    assertThat(transaction.total()).isEqualTo(1);
    assertThat(transaction.payerTotal()).isEqualTo(1);
    assertThat(transaction.currency()).isEqualTo("CNY");
    assertThat(transaction.openId()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
    assertThat(transaction.attach()).isNull();
    assertThat(transaction.successTime()).isEqualTo(Instant.parse("2025-01-01T04:01:30Z"));
  }

  @Test
  void staleNotificationRejectedBeforeDecrypting() {
    V3NotificationHandler late =
        new V3NotificationHandler(
            new ResponseVerifier(platformKeys(), clockAt(1735704091 + 600)),
            new AesGcmCipher(Vectors.V3_KEY));

    assertThatThrownBy(() -> late.readPayment(headers()::get, BODY))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageStartingWith("Timestamp 1735704091 is 5 minutes or more away");
  }

  @Test
  void wrongApiV3KeyRejected() {
    V3NotificationHandler wrongKey = handlerWithKey(Vectors.OFFICIAL_V3_KEY);
    NotificationEnvelope envelope = wrongKey.verify(headers()::get, BODY);

    assertThatThrownBy(() -> wrongKey.decrypt(envelope)).isInstanceOf(DecryptionException.class);
  }

  @Test
  void unsupportedAlgorithmRejected() {
    NotificationEnvelope envelope = handler.verify(headers()::get, BODY);
    NotificationEnvelope.Resource resource = envelope.resource();
    NotificationEnvelope other =
        new NotificationEnvelope(
            envelope.id(),
            envelope.createTime(),
            envelope.resourceType(),
            envelope.eventType(),
            envelope.summary(),
            new NotificationEnvelope.Resource(
                resource.originalType(),
                "AES_128_CBC",
                resource.ciphertext(),
                "",
                resource.nonce()));

    assertThatThrownBy(() -> handler.decrypt(other))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("Notification resource algorithm [AES_128_CBC] is not supported");
  }

  @Test
  void refundResourceParsed() {
    String plaintext =
        new AesGcmCipher(Vectors.V3_KEY)
            .decrypt("", "a1b2c3d4e5f6", Vectors.text("s13-ciphertext.txt"));

    RefundResourceBody refund = handler.parseRefund(plaintext);

    assertThat(refund.outRefundNo()).isEqualTo("R20250101120000001");
    assertThat(refund.refundStatus()).isEqualTo("SUCCESS");
    assertThat(refund.userReceivedAccount()).isEqualTo("支付用户零钱");
    assertThat(refund.amount().refund()).isEqualTo(1);
  }

  @Test
  void failReplyBody() {
    assertThat(V3NotificationReplies.failBodyText("失败"))
        .isEqualTo("{\"code\":\"FAIL\",\"message\":\"失败\"}");
  }

  private static V3NotificationHandler handlerWithKey(String apiV3Key) {
    return new V3NotificationHandler(
        new ResponseVerifier(platformKeys(), clockAt(1735704091)), new AesGcmCipher(apiV3Key));
  }

  private static VerificationKeys platformKeys() {
    return VerificationKeys.of(Vectors.PLATFORM_KEY_ID, Vectors.platformPublicKey());
  }

  private static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static Map<String, String> headers() {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("wechatpay-timestamp", "1735704091");
    headers.put("wechatpay-nonce", "c5ac7061fccab6bf3e254dcf98995b8c");
    headers.put("wechatpay-serial", Vectors.PLATFORM_KEY_ID);
    headers.put("wechatpay-signature", Vectors.text("s7-signature.txt"));
    return headers;
  }
}
