package dev.apppay.wechatpay.util;

import java.security.SecureRandom;

/** Random strings for {@code nonce_str}, {@code noncestr} and v3 nonces, from SecureRandom. */
public final class Nonces {

  private static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Nonces() {}

  /** 32 alphanumeric characters, the maximum length of a v2 {@code nonce_str}. */
  public static String generate() {
    return randomString(ALPHANUMERIC, LENGTH);
  }

  /** Random characters drawn from the given alphabet. */
  public static String randomString(String alphabet, int length) {
    StringBuilder nonce = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      nonce.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return nonce.toString();
  }
}
