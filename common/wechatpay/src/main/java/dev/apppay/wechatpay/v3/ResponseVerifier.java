package dev.apppay.wechatpay.v3;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.PROBE_SIGNATURE;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.SIGNATURE_MISMATCH;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.UNKNOWN_SERIAL;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import java.security.PublicKey;
import java.time.Clock;
import java.util.function.Function;

/**
 * Verifies v3 responses and notifications: rejects WeChat Pay's probe signatures, checks the
 * 5-minute timestamp window, selects the key by {@code Wechatpay-Serial} and verifies the signature
 * over the body exactly as received.
 */
public final class ResponseVerifier {

  /** Prefix of the deliberately invalid signatures WeChat Pay sends to test merchants. */
  public static final String PROBE_PREFIX = "WECHATPAY/SIGNTEST/";

  private final VerificationKeys platformKeys;
  private final TimestampWindow window;

  public ResponseVerifier(VerificationKeys platformKeys, Clock clock) {
    this.platformKeys = platformKeys;
    this.window = new TimestampWindow(clock);
  }

  /** Reads the signature headers through a case-insensitive lookup, then verifies. */
  public void verify(Function<String, String> headers, byte[] body) {
    verify(ResponseSignature.fromHeaders(headers), body);
  }

  /**
   * Verifies the body against its signature headers.
   *
   * @throws SignatureVerificationException with reason {@code PROBE_SIGNATURE}, {@code
   *     TIMESTAMP_OUT_OF_WINDOW}, {@code UNKNOWN_SERIAL} or {@code SIGNATURE_MISMATCH}
   */
  public void verify(ResponseSignature signature, byte[] body) {
    if (signature.signature().startsWith(PROBE_PREFIX)) {
      throw new SignatureVerificationException(
          PROBE_SIGNATURE, "Signature is a WeChat Pay probe and is never valid");
    }
    window.check(signature.timestamp());
    PublicKey key = findKey(signature.serial());

    byte[] message = SignatureMessages.response(signature.timestamp(), signature.nonce(), body);
    if (!RsaSignatures.verify(key, message, signature.signature())) {
      throw new SignatureVerificationException(
          SIGNATURE_MISMATCH, "Signature does not match for serial [" + signature.serial() + "]");
    }
  }

  private PublicKey findKey(String serial) {
    return platformKeys
        .find(serial)
        .orElseThrow(
            () ->
                new SignatureVerificationException(
                    UNKNOWN_SERIAL, "No platform key for Wechatpay-Serial [" + serial + "]"));
  }
}
