package dev.apppay.simulator.v3;

import dev.apppay.simulator.PlatformKeyMode;
import dev.apppay.wechatpay.v3.ResponseSigner;

/**
 * Chooses how v3 signatures name the platform key: by the public key id or by the certificate
 * serial, following the {@link PlatformKeyMode} and the request's {@code Wechatpay-Serial}.
 */
public final class PlatformSigners {

  private final PlatformKeyMode mode;
  private final String publicKeyId;
  private final ResponseSigner publicKeySigner;
  private final ResponseSigner certificateSigner;

  public PlatformSigners(
      PlatformKeyMode mode,
      String publicKeyId,
      ResponseSigner publicKeySigner,
      ResponseSigner certificateSigner) {
    this.mode = mode;
    this.publicKeyId = publicKeyId;
    this.publicKeySigner = publicKeySigner;
    this.certificateSigner = certificateSigner;
  }

  /**
   * Returns the signer of a reply. In certificate mode a request that names the public key id in
   * {@code Wechatpay-Serial} still gets a public key signature.
   */
  ResponseSigner forReply(String requestSerial) {
    boolean publicKeyRequested = publicKeyId.equals(requestSerial);
    return mode == PlatformKeyMode.PUBLIC_KEY || publicKeyRequested
        ? publicKeySigner
        : certificateSigner;
  }

  /** Returns the signer of notifications. */
  public ResponseSigner forNotification() {
    return mode == PlatformKeyMode.PUBLIC_KEY ? publicKeySigner : certificateSigner;
  }

  PlatformKeyMode mode() {
    return mode;
  }
}
