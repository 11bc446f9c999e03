package dev.apppay.wechatpay.v3;

import static org.assertj.core.api.Assertions.assertThat;

import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RSAPublicKeyNotificationConfig;
import com.wechat.pay.java.core.notification.RequestParam;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.Vectors;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the official WeChat Pay Java SDK (wechatpay-java-core), in both directions:
 * what this library signs or encrypts, the SDK verifies or decrypts, and the reverse.
 */
class OfficialSdkInteropTest {

  private static final String URL = "/v3/pay/transactions/app";
  private static final String PREPAY_JSON = Vectors.text("s10-body.json");

  private final Clock clock = Clock.systemUTC();

  @Test
  void ourRequestSignatureVerifiedBySdk() {
    RequestSigner signer =
        new RequestSigner(
            Vectors.OFFICIAL_MCH_ID, Vectors.OFFICIAL_SERIAL, Vectors.officialMerchantKey(), clock);
    byte[] body = PREPAY_JSON.getBytes(StandardCharsets.UTF_8);
    AuthorizationHeader header = signer.sign("POST", URL, body);
    String message =
        utf8(SignatureMessages.request("POST", URL, header.timestamp(), header.nonce(), body));

    RSAVerifier sdkVerifier =
        new RSAVerifier(Vectors.officialMerchantPublicKey(), Vectors.OFFICIAL_SERIAL);

    assertThat(sdkVerifier.verify(Vectors.OFFICIAL_SERIAL, message, header.signature())).isTrue();
  }

  @Test
  void sdkAuthorizationVerifiedByUs() {
    WechatPay2Credential credential =
        new WechatPay2Credential(
            Vectors.OFFICIAL_MCH_ID,
            new RSASigner(Vectors.OFFICIAL_SERIAL, Vectors.officialMerchantKey()));
    String authorization =
        credential.getAuthorization(
            URI.create("https://api.mch.weixin.qq.com" + URL + "?a=1"), "POST", PREPAY_JSON);
    RequestVerifier verifier =
        new RequestVerifier(
            VerificationKeys.of(Vectors.OFFICIAL_SERIAL, Vectors.officialMerchantPublicKey()),
            clock);

    AuthorizationHeader header =
        verifier.verify(
            "POST", URL + "?a=1", PREPAY_JSON.getBytes(StandardCharsets.UTF_8), authorization);

    assertThat(header.mchId()).isEqualTo(Vectors.OFFICIAL_MCH_ID);
  }

  @Test
  void ourResponseVerifiedBySdkValidator() {
    ResponseSigner signer =
        new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), clock);
    String body = "{\"prepay_id\":\"wx20250101120001a1b2c3d4e5f6a7b8c900\"}";
    HttpHeaders headers =
        new HttpHeaders(signer.sign(body.getBytes(StandardCharsets.UTF_8)).toHeaders());
    headers.addHeader("Request-ID", "08F78BB5AF0610D302839A0F1A6A2D9B");

    WechatPay2Validator validator =
        new WechatPay2Validator(
            new RSAVerifier(Vectors.platformPublicKey(), Vectors.PLATFORM_KEY_ID));

    assertThat(validator.validate(headers, body)).isTrue();
  }

  @Test
  void sdkSignatureVerifiedByUs() {
    long timestamp = clock.instant().getEpochSecond();
    String nonce = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    byte[] body = "{\"prepay_id\":\"wx1\"}".getBytes(StandardCharsets.UTF_8);
    String signature =
        new RSASigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey())
            .sign(utf8(SignatureMessages.response(timestamp, nonce, body)))
            .getSign();
    ResponseVerifier verifier =
        new ResponseVerifier(
            VerificationKeys.of(Vectors.PLATFORM_KEY_ID, Vectors.platformPublicKey()), clock);

    verifier.verify(
        new ResponseSignature(timestamp, nonce, signature, Vectors.PLATFORM_KEY_ID), body);

    assertThat(signature).isNotBlank();
  }

  @Test
  void ourNotificationParsedBySdk() {
    AesGcmCipher cipher = new AesGcmCipher(Vectors.V3_KEY);
    NotificationEnvelope.Resource resource =
        NotificationEnvelope.Resource.encrypt(
            cipher,
            "transaction",
            "transaction",
            "fdasflkja485",
            Vectors.text("s6-plaintext.json"));
    NotificationEnvelope envelope =
        new NotificationEnvelope(
            "EV-1",
            "2025-01-01T12:01:31+08:00",
            "encrypt-resource",
            "TRANSACTION.SUCCESS",
            "支付成功",
            resource);
    String body = new String(V3Json.write(envelope), StandardCharsets.UTF_8);
    ResponseSignature signature =
        new ResponseSigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey(), clock)
            .sign(body.getBytes(StandardCharsets.UTF_8));

    Map<?, ?> transaction = sdkParser().parse(requestParam(signature, body), Map.class);

    assertThat(transaction.get("out_trade_no")).isEqualTo("20250101120000001");
    assertThat(transaction.get("trade_state_desc")).isEqualTo("支付成功");
  }

  @Test
  void sdkEncryptionDecryptedByUs() {
    byte[] key = Vectors.V3_KEY.getBytes(StandardCharsets.UTF_8);
    String ciphertext =
        new AeadAesCipher(key)
            .encrypt(
                "transaction".getBytes(StandardCharsets.UTF_8),
                "fdasflkja484".getBytes(StandardCharsets.UTF_8),
                Vectors.bytes("s6-plaintext.json"));

    String plaintext =
        new AesGcmCipher(Vectors.V3_KEY).decrypt("transaction", "fdasflkja484", ciphertext);

    assertThat(plaintext).isEqualTo(Vectors.text("s6-plaintext.json"));
  }

  @Test
  void ourEncryptionDecryptedBySdk() {
    String ciphertext =
        new AesGcmCipher(Vectors.V3_KEY)
            .encrypt("", "a1b2c3d4e5f6", Vectors.text("s13-plaintext.json"));

    String plaintext =
        new AeadAesCipher(Vectors.V3_KEY.getBytes(StandardCharsets.UTF_8))
            .decrypt(
                new byte[0],
                "a1b2c3d4e5f6".getBytes(StandardCharsets.UTF_8),
                java.util.Base64.getDecoder().decode(ciphertext));

    assertThat(plaintext).isEqualTo(Vectors.text("s13-plaintext.json"));
  }

  @Test
  void sdkNotificationHandledByUs() {
    String ciphertext =
        new AeadAesCipher(Vectors.V3_KEY.getBytes(StandardCharsets.UTF_8))
            .encrypt(
                "transaction".getBytes(StandardCharsets.UTF_8),
                "fdasflkja484".getBytes(StandardCharsets.UTF_8),
                Vectors.bytes("s6-plaintext.json"));
    String body =
        Vectors.text("s7-body.json").replace(Vectors.text("s6-ciphertext.txt"), ciphertext);
    long timestamp = clock.instant().getEpochSecond();
    String nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature =
        new RSASigner(Vectors.PLATFORM_KEY_ID, Vectors.platformKey())
            .sign(utf8(SignatureMessages.response(timestamp, nonce, bytes)))
            .getSign();
    Map<String, String> headers =
        new ResponseSignature(timestamp, nonce, signature, Vectors.PLATFORM_KEY_ID).toHeaders();
    V3NotificationHandler handler =
        new V3NotificationHandler(
            new ResponseVerifier(
                VerificationKeys.of(Vectors.PLATFORM_KEY_ID, Vectors.platformPublicKey()), clock),
            new AesGcmCipher(Vectors.V3_KEY));

    Transaction transaction = handler.readPayment(headers::get, bytes);

    assertThat(transaction.transactionId()).isEqualTo("4200002501202501011234567890");
  }

  private static NotificationParser sdkParser() {
    return new NotificationParser(
        new RSAPublicKeyNotificationConfig.Builder()
            .publicKey(Vectors.platformPublicKey())
            .publicKeyId(Vectors.PLATFORM_KEY_ID)
            .apiV3Key(Vectors.V3_KEY)
            .build());
  }

  private static RequestParam requestParam(ResponseSignature signature, String body) {
    return new RequestParam.Builder()
        .serialNumber(signature.serial())
        .nonce(signature.nonce())
        .signature(signature.signature())
        .timestamp(Long.toString(signature.timestamp()))
        .signType(WechatpayHeaders.SCHEME)
        .body(body)
        .build();
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
