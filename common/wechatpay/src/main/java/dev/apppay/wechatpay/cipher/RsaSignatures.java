package dev.apppay.wechatpay.cipher;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** SHA256withRSA (RSASSA-PKCS1-v1_5) signatures in standard Base64, as every v3 signature is. */
public final class RsaSignatures {

  private static final String ALGORITHM = "SHA256withRSA";

  private RsaSignatures() {}

  /** Signs the message and returns the Base64 signature. */
  public static String sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(message);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("SHA256withRSA signing failed: " + e.getMessage(), e);
    }
  }

  /** Returns whether the Base64 signature is valid; invalid Base64 counts as not valid. */
  public static boolean verify(PublicKey key, byte[] message, String base64Signature) {
    try {
      byte[] raw = Base64.getDecoder().decode(base64Signature);
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(raw);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }
}
