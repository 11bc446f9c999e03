package dev.apppay.wechatpay;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed parameters the mobile app passes to the WeChat OpenSDK to open the cashier.
 *
 * @param appId the AppID
 * @param partnerId the merchant id
 * @param prepayId the bare prepay id
 * @param packageValue the constant {@code Sign=WXPay}
 * @param nonceStr a fresh random string
 * @param timestamp Unix seconds as a string
 * @param sign v2: upper-case hex MD5 or HMAC-SHA256; v3: Base64 SHA256withRSA
 */
public record AppPayParameters(
    String appId,
    String partnerId,
    String prepayId,
    String packageValue,
    String nonceStr,
    String timestamp,
    String sign) {

  /** The fixed {@code package} value of APP payments. */
  public static final String PACKAGE = "Sign=WXPay";

  /** Returns the parameters under the names used in signing: appid, partnerid, prepayid, ... */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("appid", appId);
    map.put("partnerid", partnerId);
    map.put("prepayid", prepayId);
    map.put("package", packageValue);
    map.put("noncestr", nonceStr);
    map.put("timestamp", timestamp);
    map.put("sign", sign);
    return map;
  }
}
