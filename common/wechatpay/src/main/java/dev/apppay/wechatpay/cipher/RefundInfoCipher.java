package dev.apppay.wechatpay.cipher;

import dev.apppay.wechatpay.DecryptionException;
import dev.apppay.wechatpay.util.Hex;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of {@code req_info} in v2 refund notifications: AES-256-ECB with PKCS#7 padding
 * under the 32 ASCII bytes of lower-case hex MD5 of the APIv2 key. ECB is not authenticated, so a
 * successful decryption only weakly proves the sender; cross-check the refund before acting.
 */
public final class RefundInfoCipher {

  private static final String TRANSFORMATION = "AES/ECB/PKCS5Padding";

  private final SecretKeySpec key;

  public RefundInfoCipher(String apiV2Key) {
    this.key = new SecretKeySpec(deriveKey(apiV2Key), "AES");
  }

  /**
   * Decrypts Base64 {@code req_info} to the inner {@code <root>} XML.
   *
   * @throws DecryptionException on invalid Base64 or a padding failure (usually a wrong key)
   */
  public String decrypt(String reqInfo) {
    try {
      byte[] ciphertext = Base64.getMimeDecoder().decode(reqInfo);
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key);
      return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new DecryptionException("req_info decryption failed: " + e.getMessage(), e);
    }
  }

  /** Encrypts the inner XML to Base64 {@code req_info}, as WeChat Pay does. */
  public String encrypt(String plaintext) {
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key);
      byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ciphertext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("req_info encryption failed: " + e.getMessage(), e);
    }
  }

  private static byte[] deriveKey(String apiV2Key) {
    if (apiV2Key == null || apiV2Key.isEmpty()) {
      throw new IllegalArgumentException("APIv2 key is missing");
    }
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5").digest(apiV2Key.getBytes(StandardCharsets.UTF_8));
      return Hex.lowerCase(md5).getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "RefundInfoCipher[key=***]";
  }
}
