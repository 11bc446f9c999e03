package dev.apppay.wechatpay.v2;

import java.util.Arrays;
import java.util.Optional;

/** The v2 signature algorithms, named as in the {@code sign_type} field. */
public enum SignType {
  MD5("MD5", 32),
  HMAC_SHA256("HMAC-SHA256", 64);

  private final String wireName;
  private final int hexLength;

  SignType(String wireName, int hexLength) {
    this.wireName = wireName;
    this.hexLength = hexLength;
  }

  /** The value of the {@code sign_type} field. */
  public String wireName() {
    return wireName;
  }

  /** Finds the algorithm by its {@code sign_type} value, case-sensitively. */
  public static Optional<SignType> fromWireName(String value) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(value)).findFirst();
  }

  /** Guesses the algorithm from a signature's length: 32 hex digits for MD5, 64 for HMAC. */
  static Optional<SignType> fromSignatureLength(int length) {
    return Arrays.stream(values()).filter(type -> type.hexLength == length).findFirst();
  }
}
