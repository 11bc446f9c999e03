package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.util.Nonces;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs the APP client parameters with the APIv2 key over exactly {@code appid, noncestr, package,
 * partnerid, prepayid, timestamp}, with the algorithm the prepay request used.
 */
public final class V2AppParametersSigner {

  private final String appId;
  private final String mchId;
  private final V2Signer signer;
  private final SignType signType;
  private final Clock clock;

  public V2AppParametersSigner(
      String appId, String mchId, V2Signer signer, SignType signType, Clock clock) {
    this.appId = appId;
    this.mchId = mchId;
    this.signer = signer;
    this.signType = signType;
    this.clock = clock;
  }

  /** Signs now with a fresh nonce. */
  public AppPayParameters sign(String prepayId) {
    return sign(prepayId, clock.instant().getEpochSecond(), Nonces.generate());
  }

  /** Signs with the given Unix seconds and nonce. */
  public AppPayParameters sign(String prepayId, long timestamp, String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", appId);
    fields.put("partnerid", mchId);
    fields.put("prepayid", prepayId);
    fields.put("package", AppPayParameters.PACKAGE);
    fields.put("noncestr", nonce);
    fields.put("timestamp", Long.toString(timestamp));
    String sign = signer.sign(fields, signType);
    return new AppPayParameters(
        appId, mchId, prepayId, AppPayParameters.PACKAGE, nonce, Long.toString(timestamp), sign);
  }
}
