package dev.apppay.wechatpay.cipher;

import dev.apppay.wechatpay.DecryptionException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_256_GCM with the APIv3 key, as used for v3 notification resources and downloaded
 * platform certificates. The nonce's UTF-8 bytes are the IV, the associated data's UTF-8 bytes the
 * AAD, and the Base64 ciphertext ends with the 16-byte tag.
 */
public final class AesGcmCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int TAG_BITS = 128;
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec key;

  /** Creates the cipher from the 32-character APIv3 key. */
  public AesGcmCipher(String apiV3Key) {
    byte[] bytes = apiV3Key == null ? new byte[0] : apiV3Key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "APIv3 key must be 32 bytes, got " + bytes.length + " bytes");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /**
   * Decrypts a resource to UTF-8 text.
   *
   * @throws DecryptionException when the tag does not match (wrong key or tampered data) or the
   *     ciphertext is not Base64
   */
  public String decrypt(String associatedData, String nonce, String base64Ciphertext) {
    try {
      byte[] ciphertext = Base64.getDecoder().decode(base64Ciphertext);
      Cipher cipher = init(Cipher.DECRYPT_MODE, associatedData, nonce);
      return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new DecryptionException("AES-GCM decryption failed: " + e.getMessage(), e);
    }
  }

  /** Encrypts UTF-8 text and returns Base64 of ciphertext and tag. */
  public String encrypt(String associatedData, String nonce, String plaintext) {
    try {
      Cipher cipher = init(Cipher.ENCRYPT_MODE, associatedData, nonce);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
    }
  }

  private Cipher init(int mode, String associatedData, String nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    byte[] iv = nonce.getBytes(StandardCharsets.UTF_8);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    if (associatedData != null && !associatedData.isEmpty()) {
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
    }
    return cipher;
  }

  @Override
  public String toString() {
    return "AesGcmCipher[key=***]";
  }
}
