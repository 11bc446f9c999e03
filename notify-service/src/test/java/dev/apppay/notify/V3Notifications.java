package dev.apppay.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.PemReader;
import dev.apppay.wechatpay.util.WeChatIds;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.v3.ResponseSigner;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Builds v3 payment notifications as WeChat Pay does: the Transaction JSON encrypted with the APIv3
 * key, in an envelope signed with the platform private key.
 */
final class V3Notifications {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestMerchant merchant;

  V3Notifications(TestMerchant merchant) {
    this.merchant = merchant;
  }

  /** A delivery: the signature headers and the raw body. */
  record Delivery(Map<String, String> headers, byte[] body) {}

  /**
   * Returns the decrypted resource of a successful payment of 3998 fen, to change field by field.
   */
  ObjectNode transaction(String outTradeNo, String transactionId) {
    ObjectNode transaction = JSON.createObjectNode();
    transaction.put("appid", merchant.appId());
    transaction.put("mchid", merchant.mchId());
    transaction.put("out_trade_no", outTradeNo);
    transaction.put("transaction_id", transactionId);
    transaction.put("trade_type", "APP");
    transaction.put("trade_state", "SUCCESS");
    transaction.put("trade_state_desc", "支付成功");
    transaction.put("bank_type", "OTHERS");
    transaction.put("success_time", WeChatTimes.formatV3(Instant.now()));
    transaction.putObject("payer").put("openid", WeChatIds.openId());
    ObjectNode amount = transaction.putObject("amount");
    amount.put("total", 3998);
    amount.put("payer_total", 3998);
    amount.put("currency", "CNY");
    amount.put("payer_currency", "CNY");
    return transaction;
  }

  /** Encrypts the resource into a TRANSACTION.SUCCESS envelope, unsigned. */
  byte[] envelope(ObjectNode transaction, String eventType) {
    String nonce = "fdasflkja484";
    String ciphertext =
        new AesGcmCipher(merchant.v3ApiKey()).encrypt("transaction", nonce, transaction.toString());
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("id", WeChatIds.notificationId());
    envelope.put("create_time", WeChatTimes.formatV3(Instant.now()));
    envelope.put("resource_type", "encrypt-resource");
    envelope.put("event_type", eventType);
    envelope.put("summary", "支付成功");
    ObjectNode resource = envelope.putObject("resource");
    resource.put("original_type", "transaction");
    resource.put("algorithm", "AEAD_AES_256_GCM");
    resource.put("ciphertext", ciphertext);
    resource.put("associated_data", "transaction");
    resource.put("nonce", nonce);
    return envelope.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Signs the body now with the platform key under its configured id. */
  Delivery signed(byte[] body) {
    return signed(body, platformKey(), merchant.platformPublicKeyId(), Clock.systemUTC());
  }

  /** Signs the body with any key, serial and clock, for forged and stale deliveries. */
  static Delivery signed(byte[] body, PrivateKey key, String serial, Clock clock) {
    return new Delivery(new ResponseSigner(serial, key, clock).sign(body).toHeaders(), body);
  }

  /** Returns a signed, successful payment notification. */
  Delivery payment(String outTradeNo, String transactionId) {
    return signed(envelope(transaction(outTradeNo, transactionId), "TRANSACTION.SUCCESS"));
  }

  PrivateKey platformKey() {
    return PemReader.privateKey(merchant.platformPrivateKey());
  }
}
