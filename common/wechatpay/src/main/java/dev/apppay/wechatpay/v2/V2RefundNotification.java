package dev.apppay.wechatpay.v2;

import java.time.Instant;
import java.util.Map;

/**
 * The decrypted content of a v2 refund notification.
 *
 * @param refundStatus {@code SUCCESS}, {@code CHANGE} (abnormal) or {@code REFUNDCLOSE}
 * @param refundFee the refunded amount in fen
 * @param totalFee the order amount in fen
 * @param successTime when the refund succeeded, or null
 * @param fields every decrypted field
 */
public record V2RefundNotification(
    String outRefundNo,
    String outTradeNo,
    String refundId,
    String transactionId,
    String refundStatus,
    long refundFee,
    long totalFee,
    Instant successTime,
    Map<String, String> fields) {

  public V2RefundNotification {
    fields = Map.copyOf(fields);
  }
}
