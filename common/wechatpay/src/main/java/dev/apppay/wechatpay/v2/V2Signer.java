package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.util.Hex;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes v2 signatures with the APIv2 key: every non-empty field except {@code sign}, sorted by
 * name in ASCII order, joined as {@code name=value&...}, followed by {@code &key=<APIv2 key>},
 * hashed as UTF-8 with MD5 or HMAC-SHA256 and written as upper-case hex.
 */
public final class V2Signer {

  /** The name of the signature field, excluded from the signed string. */
  public static final String SIGN = "sign";

  /** The name of the field that selects the algorithm; it is signed like any other field. */
  public static final String SIGN_TYPE = "sign_type";

  private final String apiKey;

  public V2Signer(String apiKey) {
    if (apiKey == null || apiKey.isEmpty()) {
      throw new IllegalArgumentException("APIv2 key is missing");
    }
    this.apiKey = apiKey;
  }

  /** Signs exactly the given fields (without adding {@code sign_type}). */
  public String sign(Map<String, String> fields, SignType type) {
    byte[] message = stringToSign(fields).getBytes(StandardCharsets.UTF_8);
    byte[] digest = type == SignType.MD5 ? md5(message) : hmacSha256(message);
    return Hex.upperCase(digest);
  }

  /**
   * Returns a copy of the fields with {@code sign_type} (for HMAC-SHA256 only, since MD5 is the
   * default) and {@code sign} added, ready to send.
   */
  public Map<String, String> signRequest(Map<String, String> fields, SignType type) {
    Map<String, String> signed = new LinkedHashMap<>(fields);
    if (type == SignType.HMAC_SHA256) {
      signed.put(SIGN_TYPE, type.wireName());
    }
    signed.put(SIGN, sign(signed, type));
    return signed;
  }

  /** Builds {@code stringSignTemp}: the sorted fields followed by {@code &key=}. */
  String stringToSign(Map<String, String> fields) {
    StringBuilder joined = new StringBuilder();
    for (Map.Entry<String, String> field : new TreeMap<>(fields).entrySet()) {
      if (isSigned(field.getKey(), field.getValue())) {
        joined.append(field.getKey()).append('=').append(field.getValue()).append('&');
      }
    }
    return joined.append("key=").append(apiKey).toString();
  }

  private static boolean isSigned(String name, String value) {
    return !SIGN.equals(name) && value != null && !value.isEmpty();
  }

  private static byte[] md5(byte[] message) {
    try {
      return MessageDigest.getInstance("MD5").digest(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is not available in this JVM", e);
    }
  }

  private byte[] hmacSha256(byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "V2Signer[apiKey=***]";
  }
}
