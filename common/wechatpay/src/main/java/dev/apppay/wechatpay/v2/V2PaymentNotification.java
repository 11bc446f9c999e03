package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.Transaction;
import java.util.Map;

/**
 * A verified v2 payment notification.
 *
 * @param transaction the payment; its state is SUCCESS when {@code result_code=SUCCESS} and
 *     PAYERROR otherwise
 * @param errCode {@code err_code} of a failed payment, or null
 * @param errCodeDes {@code err_code_des} of a failed payment, or null
 * @param fields every received field, including coupon fields and fields unknown to this library
 */
public record V2PaymentNotification(
    Transaction transaction, String errCode, String errCodeDes, Map<String, String> fields) {

  public V2PaymentNotification {
    fields = Map.copyOf(fields);
  }

  /** Returns whether the notification reports a successful payment. */
  public boolean isPaid() {
    return transaction.isPaid();
  }
}
