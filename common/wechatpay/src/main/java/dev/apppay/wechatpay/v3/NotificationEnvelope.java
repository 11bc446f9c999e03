package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.cipher.AesGcmCipher;

/**
 * The JSON body of a v3 notification, whose {@code resource} is encrypted with the APIv3 key.
 *
 * @param id the notification id, unique per event, for de-duplication
 * @param eventType for example {@code TRANSACTION.SUCCESS} or {@code REFUND.SUCCESS}
 */
public record NotificationEnvelope(
    String id,
    String createTime,
    String resourceType,
    String eventType,
    String summary,
    Resource resource) {

  /** The only resource algorithm. */
  public static final String ALGORITHM = "AEAD_AES_256_GCM";

  /** The payment success event. */
  public static final String TRANSACTION_SUCCESS = "TRANSACTION.SUCCESS";

  /**
   * The encrypted resource.
   *
   * @param originalType {@code transaction} or {@code refund}
   * @param ciphertext Base64 of ciphertext and tag
   * @param associatedData the AAD, possibly empty
   * @param nonce the 12-character IV
   */
  public record Resource(
      String originalType,
      String algorithm,
      String ciphertext,
      String associatedData,
      String nonce) {

    /** Encrypts a plaintext resource, as WeChat Pay does. */
    public static Resource encrypt(
        AesGcmCipher cipher,
        String originalType,
        String associatedData,
        String nonce,
        String plaintext) {
      String ciphertext = cipher.encrypt(associatedData, nonce, plaintext);
      return new Resource(originalType, ALGORITHM, ciphertext, associatedData, nonce);
    }
  }
}
