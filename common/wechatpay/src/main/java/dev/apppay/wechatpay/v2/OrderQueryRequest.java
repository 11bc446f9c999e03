package dev.apppay.wechatpay.v2;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code /pay/orderquery} request by exactly one of the two order numbers.
 *
 * @param appId the AppID
 * @param mchId the merchant id
 * @param outTradeNo the merchant order number, or null
 * @param transactionId WeChat Pay's order number, or null
 */
public record OrderQueryRequest(
    String appId, String mchId, String outTradeNo, String transactionId) {

  /** The request path. */
  public static final String PATH = "/pay/orderquery";

  public OrderQueryRequest {
    if ((outTradeNo == null) == (transactionId == null)) {
      throw new IllegalArgumentException("Give exactly one of out_trade_no and transaction_id");
    }
  }

  public static OrderQueryRequest byOutTradeNo(String appId, String mchId, String outTradeNo) {
    return new OrderQueryRequest(appId, mchId, outTradeNo, null);
  }

  public static OrderQueryRequest byTransactionId(
      String appId, String mchId, String transactionId) {
    return new OrderQueryRequest(appId, mchId, null, transactionId);
  }

  /** Builds the unsigned fields. */
  public Map<String, String> toFields(String nonce) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("appid", appId);
    fields.put("mch_id", mchId);
    if (transactionId != null) {
      fields.put("transaction_id", transactionId);
    } else {
      fields.put("out_trade_no", outTradeNo);
    }
    fields.put("nonce_str", nonce);
    return fields;
  }
}
