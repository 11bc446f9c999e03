package dev.apppay.simulator.v3;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorClock;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.notify.Notification;
import dev.apppay.simulator.notify.NotificationFactory;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v3.ResponseSignature;
import dev.apppay.wechatpay.v3.ResponseSigner;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.WechatpayHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds v3 payment notifications: the Transaction encrypted with AEAD_AES_256_GCM under the APIv3
 * key, in an envelope signed with the platform key. Any 2xx reply acknowledges.
 */
public final class V3NotificationFactory implements NotificationFactory {

  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String ASSOCIATED_DATA = "transaction";

  private final AesGcmCipher cipher;
  private final ResponseSigner signer;
  private final SimulatorClock clock;

  public V3NotificationFactory(
      SimulatorCredentials credentials, PlatformSigners signers, SimulatorClock clock) {
    this.cipher = new AesGcmCipher(credentials.v3ApiKey());
    this.signer = signers.forNotification();
    this.clock = clock;
  }

  @Override
  public Notification create(Order order, String notificationId, SignatureFault signatureFault) {
    byte[] body = V3Replies.toJson(envelope(order, notificationId));
    ResponseSignature signature = signer.sign(body);

    Map<String, String> headers = new LinkedHashMap<>(signature.toHeaders());
    headers.put(WechatpayHeaders.SIGNATURE, corrupt(signature, body, signatureFault));
    headers.put("Content-Type", "application/json");
    return new Notification(headers, new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public boolean isAcknowledgement(int status, String body) {
    return status >= 200 && status < 300;
  }

  private Map<String, Object> envelope(Order order, String notificationId) {
    String plaintext =
        new String(V3Replies.toJson(V3Transactions.of(order)), StandardCharsets.UTF_8);
    String nonce = Nonces.randomString(ALPHANUMERIC, 12);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("original_type", "transaction");
    resource.put("algorithm", "AEAD_AES_256_GCM");
    resource.put("ciphertext", cipher.encrypt(ASSOCIATED_DATA, nonce, plaintext));
    resource.put("associated_data", ASSOCIATED_DATA);
    resource.put("nonce", nonce);

    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("id", notificationId);
    envelope.put("create_time", V3Transactions.rfc3339(clock.now()));
    envelope.put("resource_type", "encrypt-resource");
    envelope.put("event_type", "TRANSACTION.SUCCESS");
    envelope.put("summary", "支付成功");
    envelope.put("resource", resource);
    return envelope;
  }

  /** Returns the signature to send: the real one, one over another message, or a probe. */
  private String corrupt(ResponseSignature signature, byte[] body, SignatureFault fault) {
    return switch (fault) {
      case NONE -> signature.signature();
      case INVALID -> {
        byte[] other =
            (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        yield signer.sign(other, signature.timestamp(), signature.nonce()).signature();
      }
      case SIGNTEST -> ResponseVerifier.PROBE_PREFIX + signature.signature();
    };
  }
}
