package dev.apppay.wechatpay.cipher;

import dev.apppay.wechatpay.util.Hex;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;

/** SHA-1 of an uncompressed trade bill, the integrity check of the v3 bill download. */
public final class BillHash {

  private BillHash() {}

  /** Lower-case hex SHA-1 of the bill bytes. */
  public static String sha1Hex(byte[] bill) {
    try {
      return Hex.lowerCase(MessageDigest.getInstance("SHA-1").digest(bill));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 is not available in this JVM", e);
    }
  }

  /** Compares the bill's hash with {@code hash_value}, ignoring case, in constant time. */
  public static boolean matches(byte[] bill, String expectedHex) {
    byte[] actual = sha1Hex(bill).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = expectedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(actual, expected);
  }
}
