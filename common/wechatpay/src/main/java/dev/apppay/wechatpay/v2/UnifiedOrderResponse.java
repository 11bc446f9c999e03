package dev.apppay.wechatpay.v2;

import java.util.Map;

/**
 * The business part of a successful {@code /pay/unifiedorder} reply.
 *
 * @param prepayId the prepay session id, valid for 2 hours
 * @param tradeType {@code APP}
 */
public record UnifiedOrderResponse(String prepayId, String tradeType) {

  /** Reads the reply fields after {@link V2ReplyReader} checked codes and signature. */
  public static UnifiedOrderResponse fromFields(Map<String, String> fields) {
    V2Fields reader = new V2Fields(fields);
    return new UnifiedOrderResponse(reader.required("prepay_id"), reader.optional("trade_type"));
  }
}
