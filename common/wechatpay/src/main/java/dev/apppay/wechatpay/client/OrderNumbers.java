package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.util.WeChatIds;
import java.util.regex.Pattern;

/** Validates order numbers before they go into a request path or body. */
final class OrderNumbers {

  private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9A-Za-z]{1,32}");

  private OrderNumbers() {}

  static void requireOutTradeNo(String outTradeNo) {
    if (!WeChatIds.isValidOutTradeNo(outTradeNo)) {
      throw new IllegalArgumentException("Invalid out_trade_no [" + outTradeNo + "]");
    }
  }

  static void requireTransactionId(String transactionId) {
    if (transactionId == null || !TRANSACTION_ID.matcher(transactionId).matches()) {
      throw new IllegalArgumentException("Invalid transaction_id [" + transactionId + "]");
    }
  }
}
