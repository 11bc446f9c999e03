package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.cipher.AesGcmCipher;
import dev.apppay.wechatpay.credential.V3Credentials;
import java.time.Clock;
import java.util.function.Function;

/**
 * Handles v3 notifications on the merchant side in three steps, one method each: verify the
 * signature over the raw body, then decrypt the resource, then parse the plaintext. The caller
 * still checks {@code appid}, {@code mchid}, the order and its amount.
 */
public final class V3NotificationHandler {

  private final ResponseVerifier verifier;
  private final AesGcmCipher cipher;

  public V3NotificationHandler(ResponseVerifier verifier, AesGcmCipher cipher) {
    this.verifier = verifier;
    this.cipher = cipher;
  }

  /** Creates the handler from a merchant's v3 credentials. */
  public static V3NotificationHandler create(V3Credentials credentials, Clock clock) {
    return new V3NotificationHandler(
        new ResponseVerifier(credentials.platformKeys(), clock),
        new AesGcmCipher(credentials.apiV3Key()));
  }

  /**
   * Verifies the raw body against the {@code Wechatpay-*} headers.
   *
   * @param headers a case-insensitive header lookup
   * @return the parsed envelope, still encrypted
   * @throws SignatureVerificationException with the reason of the failed check
   * @throws MalformedReplyException when the verified body is not a notification envelope
   */
  public NotificationEnvelope verify(Function<String, String> headers, byte[] body) {
    verifier.verify(headers, body);
    return V3Json.read(body, NotificationEnvelope.class);
  }

  /**
   * Decrypts the resource of a verified envelope.
   *
   * @throws MalformedReplyException when the resource is missing or not AEAD_AES_256_GCM
   * @throws DecryptionException when the tag does not match
   */
  public String decrypt(NotificationEnvelope envelope) {
    NotificationEnvelope.Resource resource = envelope.resource();
    if (resource == null || resource.ciphertext() == null || resource.nonce() == null) {
      throw new MalformedReplyException("Notification has no encrypted resource");
    }
    if (!NotificationEnvelope.ALGORITHM.equals(resource.algorithm())) {
      throw new MalformedReplyException(
          "Notification resource algorithm [" + resource.algorithm() + "] is not supported");
    }
    return cipher.decrypt(resource.associatedData(), resource.nonce(), resource.ciphertext());
  }

  /** Parses a decrypted payment resource. */
  public Transaction parseTransaction(String plaintext) {
    return V3Json.read(plaintext, TransactionBody.class).toTransaction();
  }

  /** Parses a decrypted refund resource. */
  public RefundResourceBody parseRefund(String plaintext) {
    return V3Json.read(plaintext, RefundResourceBody.class);
  }

  /** Runs all three steps for a payment notification. */
  public Transaction readPayment(Function<String, String> headers, byte[] body) {
    NotificationEnvelope envelope = verify(headers, body);
    return parseTransaction(decrypt(envelope));
  }
}
