package dev.apppay.wechatpay;

/** A ciphertext that could not be decrypted: wrong key, tampered data or invalid Base64. */
public final class DecryptionException extends WeChatPayException {

  public DecryptionException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
