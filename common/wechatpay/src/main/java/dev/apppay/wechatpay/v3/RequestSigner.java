package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.util.Nonces;
import java.security.PrivateKey;
import java.time.Clock;

/** Signs merchant requests with the merchant API private key and builds the Authorization. */
public final class RequestSigner {

  private final String mchId;
  private final String serialNumber;
  private final PrivateKey privateKey;
  private final Clock clock;

  /**
   * Creates the signer.
   *
   * @param mchId merchant id
   * @param serialNumber serial number of the merchant API certificate (upper-case hex)
   * @param privateKey the merchant API private key
   * @param clock source of the signature timestamp
   */
  public RequestSigner(String mchId, String serialNumber, PrivateKey privateKey, Clock clock) {
    this.mchId = mchId;
    this.serialNumber = serialNumber;
    this.privateKey = privateKey;
    this.clock = clock;
  }

  /** Signs a request now, with a fresh nonce. The body is the exact bytes sent, empty for GET. */
  public AuthorizationHeader sign(String method, String canonicalUrl, byte[] body) {
    return sign(method, canonicalUrl, body, clock.instant().getEpochSecond(), Nonces.generate());
  }

  /** Signs a request with the given timestamp and nonce. */
  public AuthorizationHeader sign(
      String method, String canonicalUrl, byte[] body, long timestamp, String nonce) {
    byte[] message = SignatureMessages.request(method, canonicalUrl, timestamp, nonce, body);
    String signature = RsaSignatures.sign(privateKey, message);
    return new AuthorizationHeader(mchId, nonce, signature, timestamp, serialNumber);
  }

  /** Signs any message with the merchant key, for example the APP client parameters. */
  public String signMessage(byte[] message) {
    return RsaSignatures.sign(privateKey, message);
  }

  @Override
  public String toString() {
    return "RequestSigner[mchId=" + mchId + ", serialNumber=" + serialNumber + "]";
  }
}
