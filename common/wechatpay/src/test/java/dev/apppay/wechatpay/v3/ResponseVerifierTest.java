package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.SignatureVerificationException.Reason;
import dev.apppay.wechatpay.Vectors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResponseVerifierTest {

  private static final long NOTIFICATION_TIME = 1735704091;
  private static final byte[] NOTIFICATION_BODY = Vectors.bytes("s7-body.json");
  private static final byte[] PREPAY_BODY =
      "{\"prepay_id\":\"wx20250101120001a1b2c3d4e5f6a7b8c900\"}".getBytes(StandardCharsets.UTF_8);

  private final VerificationKeys platformKeys =
      VerificationKeys.of(Vectors.PLATFORM_KEY_ID, Vectors.platformPublicKey());

  @Test
  void paymentNotificationVerifies() {
    assertThatCode(
            () ->
                verifierAt(NOTIFICATION_TIME).verify(notificationHeaders()::get, NOTIFICATION_BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void emptyBodyResponseVerifies() {
    ResponseSignature signature =
        new ResponseSignature(
            1735704200,
            "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            Vectors.text("s8-signature.txt"),
            Vectors.PLATFORM_KEY_ID);

    assertThatCode(() -> verifierAt(1735704200).verify(signature, new byte[0]))
        .doesNotThrowAnyException();
  }

  @Test
  void prepayResponseVerifies() {
    assertThatCode(() -> verifierAt(1735704001).verify(prepaySignature(), PREPAY_BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void tamperedBodyRejected() {
    byte[] tampered =
        new String(NOTIFICATION_BODY, StandardCharsets.UTF_8)
            .replace("EV-2025010112013000001", "EV-2025010112013000002")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(reasonOf(NOTIFICATION_TIME, notificationHeaders(), tampered))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void reserializedBodyRejected() {
    byte[] withNewline =
        (new String(NOTIFICATION_BODY, StandardCharsets.UTF_8) + "\n")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(reasonOf(NOTIFICATION_TIME, notificationHeaders(), withNewline))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void wrongKeyRejected() {
    VerificationKeys wrong =
        VerificationKeys.of(Vectors.PLATFORM_KEY_ID, Vectors.officialMerchantPublicKey());
    ResponseVerifier verifier = new ResponseVerifier(wrong, clockAt(NOTIFICATION_TIME));

    Reason reason =
        catchThrowableOfType(
                SignatureVerificationException.class,
                () -> verifier.verify(notificationHeaders()::get, NOTIFICATION_BODY))
            .reason();

    assertThat(reason).isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void staleTimestampRejected() {
    assertThat(reasonOf(NOTIFICATION_TIME + 300, notificationHeaders(), NOTIFICATION_BODY))
        .isEqualTo(Reason.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void futureTimestampRejected() {
    assertThat(reasonOf(NOTIFICATION_TIME - 300, notificationHeaders(), NOTIFICATION_BODY))
        .isEqualTo(Reason.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void unknownSerialRejected() {
    Map<String, String> headers = notificationHeaders();
    headers.put("Wechatpay-Serial", "PUB_KEY_ID_0119000001092025010100000000000002");

    assertThat(reasonOf(NOTIFICATION_TIME, headers, NOTIFICATION_BODY))
        .isEqualTo(Reason.UNKNOWN_SERIAL);
  }

  @Test
  void probeSignatureRejected() {
    Map<String, String> headers = notificationHeaders();
    headers.put("Wechatpay-Signature", "WECHATPAY/SIGNTEST/" + headers.get("Wechatpay-Signature"));

    assertThat(reasonOf(NOTIFICATION_TIME, headers, NOTIFICATION_BODY))
        .isEqualTo(Reason.PROBE_SIGNATURE);
  }

  @Test
  void missingSignatureRejected() {
    Map<String, String> headers = notificationHeaders();
    headers.remove("Wechatpay-Signature");

    assertThat(reasonOf(NOTIFICATION_TIME, headers, NOTIFICATION_BODY))
        .isEqualTo(Reason.MISSING_SIGNATURE);
  }

  @Test
  void nonNumericTimestampRejected() {
    Map<String, String> headers = notificationHeaders();
    headers.put("Wechatpay-Timestamp", "yesterday");

    assertThat(reasonOf(NOTIFICATION_TIME, headers, NOTIFICATION_BODY))
        .isEqualTo(Reason.MALFORMED_HEADER);
  }

  @Test
  void certificateSerialMatchedIgnoringCase() {
    VerificationKeys bySerial =
        VerificationKeys.of(
            "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC", Vectors.platformPublicKey());

    assertThat(bySerial.find("5dea10ef55877e3cf6c33255c2e7defff7e427ec")).isPresent();
  }

  @Test
  void signerReproducesPrepayVector() {
    ResponseSigner signer =
        new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), clockAt(0));

    ResponseSignature signature =
        signer.sign(PREPAY_BODY, 1735704001, "d824f2e086d3c1df967785d13fcd22ef");

    assertThat(signature).isEqualTo(prepaySignature());
  }

  @Test
  void signerReproducesEmptyBodyVector() {
    ResponseSigner signer =
        new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), clockAt(0));

    ResponseSignature signature =
        signer.sign(new byte[0], 1735704200, "0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    assertThat(signature.signature()).isEqualTo(Vectors.text("s8-signature.txt"));
  }

  @Test
  void signedHeadersVerifyNow() {
    ResponseSigner signer =
        new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), clockAt(1800000000));
    Map<String, String> headers = signer.sign(PREPAY_BODY).toHeaders();

    assertThatCode(() -> verifierAt(1800000000).verify(headers::get, PREPAY_BODY))
        .doesNotThrowAnyException();
  }

  private static ResponseSignature prepaySignature() {
    return new ResponseSignature(
        1735704001,
        "d824f2e086d3c1df967785d13fcd22ef",
        Vectors.text("s14-signature.txt"),
        Vectors.PLATFORM_KEY_ID);
  }

  private static Map<String, String> notificationHeaders() {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Wechatpay-Timestamp", Long.toString(NOTIFICATION_TIME));
    headers.put("Wechatpay-Nonce", "c5ac7061fccab6bf3e254dcf98995b8c");
    headers.put("Wechatpay-Serial", Vectors.PLATFORM_KEY_ID);
    headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
    headers.put("Wechatpay-Signature", Vectors.text("s7-signature.txt"));
    return headers;
  }

  private static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private ResponseVerifier verifierAt(long epochSecond) {
    return new ResponseVerifier(platformKeys, clockAt(epochSecond));
  }

  private Reason reasonOf(long now, Map<String, String> headers, byte[] body) {
    return catchThrowableOfType(
            SignatureVerificationException.class, () -> verifierAt(now).verify(headers::get, body))
        .reason();
  }
}
