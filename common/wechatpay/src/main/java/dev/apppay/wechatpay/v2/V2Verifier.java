package dev.apppay.wechatpay.v2;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.MISSING_SIGNATURE;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.SIGNATURE_MISMATCH;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.UNSUPPORTED_SIGN_TYPE;

import dev.apppay.wechatpay.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies the {@code sign} of a received v2 message over all its other non-empty fields, including
 * fields this library does not know. The algorithm comes from {@code sign_type}; without it, from
 * the signature length (32 hex digits MD5, 64 HMAC-SHA256), because WeChat Pay has sent MD5-signed
 * notifications for orders created with HMAC-SHA256.
 */
public final class V2Verifier {

  private final V2Signer signer;

  public V2Verifier(String apiKey) {
    this.signer = new V2Signer(apiKey);
  }

  /**
   * Verifies the fields in constant time.
   *
   * @throws SignatureVerificationException with reason {@code MISSING_SIGNATURE}, {@code
   *     UNSUPPORTED_SIGN_TYPE} or {@code SIGNATURE_MISMATCH}
   */
  public void verify(Map<String, String> fields) {
    String received = fields.get(V2Signer.SIGN);
    if (received == null || received.isEmpty()) {
      throw new SignatureVerificationException(MISSING_SIGNATURE, "v2 message has no sign field");
    }

    SignType type = signTypeOf(fields, received);
    String expected = signer.sign(fields, type);
    if (!constantTimeEquals(expected, received.toUpperCase(Locale.ROOT))) {
      throw new SignatureVerificationException(
          SIGNATURE_MISMATCH, "v2 sign does not match the message (" + type.wireName() + ")");
    }
  }

  private static SignType signTypeOf(Map<String, String> fields, String received) {
    String declared = fields.get(V2Signer.SIGN_TYPE);
    if (declared != null && !declared.isEmpty()) {
      return SignType.fromWireName(declared)
          .orElseThrow(() -> unsupported("sign_type [" + declared + "] is not supported"));
    }
    return SignType.fromSignatureLength(received.length())
        .orElseThrow(
            () ->
                unsupported(
                    "sign of length " + received.length() + " is neither MD5 nor HMAC-SHA256"));
  }

  private static SignatureVerificationException unsupported(String message) {
    return new SignatureVerificationException(UNSUPPORTED_SIGN_TYPE, message);
  }

  private static boolean constantTimeEquals(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "V2Verifier[apiKey=***]";
  }
}
