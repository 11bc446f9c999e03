package dev.apppay.local;

import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.util.WeChatIds;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.v3.NotificationEnvelope;
import dev.apppay.wechatpay.v3.ResponseSigner;
import dev.apppay.wechatpay.v3.SignatureMessages;
import dev.apppay.wechatpay.v3.TransactionBody;
import dev.apppay.wechatpay.v3.V3Json;
import dev.apppay.wechatpay.v3.V3NotificationReplies;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * API v3: JSON notifications whose resource is encrypted with the APIv3 key, in an envelope signed
 * with the platform private key that the simulator also signs with, and APP parameters signed with
 * the merchant's RSA key.
 */
final class V3Protocol implements WeChatPayProtocol {

  private static final String PATH = "/wechatpay/v3/notify";

  private final PublicKey merchantPublicKey;
  private final PrivateKey platformPrivateKey;
  private final String platformPublicKeyId;
  private final AesGcmCipher cipher;

  V3Protocol(StackKeys keys) {
    this.merchantPublicKey = PemReader.publicKey(keys.merchantPublicKeyPem());
    this.platformPrivateKey = PemReader.privateKey(keys.platformPrivateKeyPem());
    this.platformPublicKeyId = keys.platformPublicKeyId();
    this.cipher = new AesGcmCipher(keys.v3ApiKey());
  }

  @Override
  public boolean verifiesAppParams(Map<String, String> appParams) {
    byte[] message =
        SignatureMessages.appPayment(
            appParams.get("appid"),
            Long.parseLong(appParams.get("timestamp")),
            appParams.get("noncestr"),
            appParams.get("prepayid"));
    return RsaSignatures.verify(merchantPublicKey, message, appParams.get("sign"));
  }

  @Override
  public Notification signed(Payment payment) {
    return signedWith(platformPrivateKey, envelope(transaction(payment)));
  }

  @Override
  public Notification forged(Payment payment) {
    return signedWith(unknownKey(), envelope(transaction(payment)));
  }

  @Override
  public Notification tampered(Payment payment, long tamperedAmountFen) {
    TransactionBody genuine = transaction(payment);
    NotificationEnvelope envelope = envelope(genuine);
    Notification signed = signedWith(platformPrivateKey, envelope);
    NotificationEnvelope changed =
        new NotificationEnvelope(
            envelope.id(),
            envelope.createTime(),
            envelope.resourceType(),
            envelope.eventType(),
            envelope.summary(),
            encrypt(withAmount(genuine, tamperedAmountFen), envelope.resource().nonce()));
    return new Notification(PATH, signed.headers(), V3Json.write(changed));
  }

  @Override
  public Reply signatureRejection() {
    return new Reply(401, failBody("signature verification failed: SIGNATURE_MISMATCH"));
  }

  @Override
  public Reply checkRejection(String message) {
    return new Reply(V3NotificationReplies.REJECTED, failBody(message));
  }

  private static String failBody(String message) {
    return V3NotificationReplies.failBodyText(message);
  }

  private Notification signedWith(PrivateKey key, NotificationEnvelope envelope) {
    byte[] body = V3Json.write(envelope);
    ResponseSigner signer = new ResponseSigner(platformPublicKeyId, key, Clock.systemUTC());
    Map<String, String> headers = new HashMap<>(signer.sign(body).toHeaders());
    headers.put("Content-Type", "application/json");
    return new Notification(PATH, headers, body);
  }

  private NotificationEnvelope envelope(TransactionBody transaction) {
    return new NotificationEnvelope(
        WeChatIds.notificationId(),
        WeChatTimes.formatV3(Instant.now()),
        "encrypt-resource",
        NotificationEnvelope.TRANSACTION_SUCCESS,
        "支付成功",
        encrypt(transaction, resourceNonce()));
  }

  private NotificationEnvelope.Resource encrypt(TransactionBody transaction, String nonce) {
    String plaintext = new String(V3Json.write(transaction), StandardCharsets.UTF_8);
    return NotificationEnvelope.Resource.encrypt(
        cipher, "transaction", "transaction", nonce, plaintext);
  }

  private static TransactionBody transaction(Payment payment) {
    long amount = payment.amountFen();
    return new TransactionBody(
        payment.appId(),
        payment.mchId(),
        payment.outTradeNo(),
        payment.transactionId(),
        "APP",
        "SUCCESS",
        "支付成功",
        "OTHERS",
        null,
        WeChatTimes.formatV3(Instant.now()),
        new TransactionBody.Payer(WeChatIds.openId()),
        new TransactionBody.Amount(amount, amount, "CNY", "CNY"));
  }

  private static TransactionBody withAmount(TransactionBody transaction, long amountFen) {
    return new TransactionBody(
        transaction.appid(),
        transaction.mchid(),
        transaction.outTradeNo(),
        transaction.transactionId(),
        transaction.tradeType(),
        transaction.tradeState(),
        transaction.tradeStateDesc(),
        transaction.bankType(),
        transaction.attach(),
        transaction.successTime(),
        transaction.payer(),
        new TransactionBody.Amount(amountFen, amountFen, "CNY", "CNY"));
  }

  /** Returns the 12-character AES-GCM nonce of a resource. */
  private static String resourceNonce() {
    return Nonces.generate().substring(0, 12);
  }

  private static PrivateKey unknownKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is unavailable", e);
    }
  }
}
