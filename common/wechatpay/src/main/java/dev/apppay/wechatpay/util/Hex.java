package dev.apppay.wechatpay.util;

import java.util.HexFormat;

/** Hexadecimal encoding in the case each WeChat Pay field uses. */
public final class Hex {

  private Hex() {}

  /** Upper-case hex, as in v2 signatures. */
  public static String upperCase(byte[] bytes) {
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }

  /** Lower-case hex, as in the v2 refund key and the bill hash. */
  public static String lowerCase(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
