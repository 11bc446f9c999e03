package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.util.Nonces;
import java.security.PrivateKey;
import java.time.Clock;

/**
 * Signs v3 responses and notifications on the server side with a platform private key, whose
 * certificate serial or public key id goes into {@code Wechatpay-Serial}.
 */
public final class ResponseSigner {

  private final String serial;
  private final PrivateKey privateKey;
  private final Clock clock;

  public ResponseSigner(String serial, PrivateKey privateKey, Clock clock) {
    this.serial = serial;
    this.privateKey = privateKey;
    this.clock = clock;
  }

  /** Signs a body now, with a fresh nonce. An empty body (204) is an empty array. */
  public ResponseSignature sign(byte[] body) {
    return sign(body, clock.instant().getEpochSecond(), Nonces.generate());
  }

  /** Signs a body with the given timestamp and nonce. */
  public ResponseSignature sign(byte[] body, long timestamp, String nonce) {
    byte[] message = SignatureMessages.response(timestamp, nonce, body);
    return new ResponseSignature(timestamp, nonce, RsaSignatures.sign(privateKey, message), serial);
  }

  @Override
  public String toString() {
    return "ResponseSigner[serial=" + serial + "]";
  }
}
