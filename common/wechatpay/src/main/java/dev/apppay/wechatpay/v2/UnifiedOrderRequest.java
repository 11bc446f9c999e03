package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.util.WeChatTimes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code /pay/unifiedorder} request with {@code trade_type=APP}.
 *
 * @param appId the mobile app's AppID
 * @param mchId the merchant id
 * @param order the version-independent order data
 */
public record UnifiedOrderRequest(String appId, String mchId, AppPrepayRequest order) {

  /** The request path. */
  public static final String PATH = "/pay/unifiedorder";

  /** Builds the unsigned fields, leaving out absent optional values so they are not signed. */
  public Map<String, String> toFields(String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", appId);
    fields.put("mch_id", mchId);
    fields.put("nonce_str", nonce);
    fields.put("body", order.description());
    putIfPresent(fields, "attach", order.attach());
    fields.put("out_trade_no", order.outTradeNo());
    fields.put("total_fee", Long.toString(order.total()));
    fields.put("spbill_create_ip", order.payerClientIp());
    if (order.timeExpire() != null) {
      fields.put("time_expire", WeChatTimes.formatV2(order.timeExpire()));
    }
    fields.put("notify_url", order.notifyUrl());
    fields.put("trade_type", "APP");
    return fields;
  }

  private static void putIfPresent(Map<String, String> fields, String name, String value) {
    if (value != null && !value.isEmpty()) {
      fields.put(name, value);
    }
  }
}
