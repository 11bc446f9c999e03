package dev.apppay.wechatpay.v3;

import static dev.apppay.wechatpay.SignatureVerificationException.Reason.SIGNATURE_MISMATCH;
import static dev.apppay.wechatpay.SignatureVerificationException.Reason.UNKNOWN_SERIAL;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import java.security.PublicKey;
import java.time.Clock;

/**
 * Verifies merchant requests on the server side, as WeChat Pay does: parses the Authorization,
 * checks the timestamp window, selects the merchant key by {@code serial_no} and verifies the
 * signature over the method, canonical URL and raw body.
 */
public final class RequestVerifier {

  private final VerificationKeys merchantKeys;
  private final TimestampWindow window;

  /**
   * Creates the verifier.
   *
   * @param merchantKeys merchant public keys by certificate serial number
   * @param clock the current time, for the 5-minute window
   */
  public RequestVerifier(VerificationKeys merchantKeys, Clock clock) {
    this.merchantKeys = merchantKeys;
    this.window = new TimestampWindow(clock);
  }

  /**
   * Verifies a request and returns its parsed Authorization, whose {@code mchId} the caller still
   * compares with the merchant the request addresses.
   *
   * @param canonicalUrl the path and query exactly as received
   * @param body the raw request body, empty for GET
   * @throws SignatureVerificationException with the reason of the failed check
   */
  public AuthorizationHeader verify(
      String method, String canonicalUrl, byte[] body, String authorization) {
    AuthorizationHeader header = AuthorizationHeader.parse(authorization);
    window.check(header.timestamp());
    PublicKey key = findKey(header.serialNumber());

    byte[] message =
        SignatureMessages.request(method, canonicalUrl, header.timestamp(), header.nonce(), body);
    if (!RsaSignatures.verify(key, message, header.signature())) {
      throw new SignatureVerificationException(
          SIGNATURE_MISMATCH, "Request signature does not match for mchid " + header.mchId());
    }
    return header;
  }

  private PublicKey findKey(String serialNumber) {
    return merchantKeys
        .find(serialNumber)
        .orElseThrow(
            () ->
                new SignatureVerificationException(
                    UNKNOWN_SERIAL, "No merchant key for serial_no [" + serialNumber + "]"));
  }
}
