package dev.apppay.wechatpay.v2;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code /pay/closeorder} request.
 *
 * @param appId the AppID
 * @param mchId the merchant id
 * @param outTradeNo the merchant order number to close
 */
public record CloseOrderRequest(String appId, String mchId, String outTradeNo) {

  /** The request path. */
  public static final String PATH = "/pay/closeorder";

  /** Builds the unsigned fields. */
  public Map<String, String> toFields(String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", appId);
    fields.put("mch_id", mchId);
    fields.put("out_trade_no", outTradeNo);
    fields.put("nonce_str", nonce);
    return fields;
  }
}
