package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.util.Nonces;
import java.time.Clock;

/**
 * Signs the APP client parameters with the merchant private key over {@code
 * appid\ntimestamp\nnoncestr\nprepayid\n}.
 */
public final class V3AppParametersSigner {

  private final String appId;
  private final String mchId;
  private final RequestSigner signer;
  private final Clock clock;

  public V3AppParametersSigner(String appId, String mchId, RequestSigner signer, Clock clock) {
    this.appId = appId;
    this.mchId = mchId;
    this.signer = signer;
    this.clock = clock;
  }

  /** Signs now with a fresh nonce. */
  public AppPayParameters sign(String prepayId) {
    return sign(prepayId, clock.instant().getEpochSecond(), Nonces.generate());
  }

  /** Signs with the given Unix seconds and nonce. */
  public AppPayParameters sign(String prepayId, long timestamp, String nonce) {
    byte[] message = SignatureMessages.appPayment(appId, timestamp, nonce, prepayId);
    String sign = signer.signMessage(message);
    return new AppPayParameters(
        appId, mchId, prepayId, AppPayParameters.PACKAGE, nonce, Long.toString(timestamp), sign);
  }
}
