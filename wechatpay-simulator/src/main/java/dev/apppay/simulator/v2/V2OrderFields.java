package dev.apppay.simulator.v2;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.order.IdGenerator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The order fields of v2 query replies and notifications. */
final class V2OrderFields {

  private V2OrderFields() {}

  /** Returns the fields of {@code /pay/orderquery} for an order in any state. */
  static Map<String, String> query(Order order) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("out_trade_no", order.outTradeNo());
    fields.put("trade_state", order.state().name());
    fields.put("trade_state_desc", order.state().description());
    putIfPresent(fields, "attach", order.attach());
    if (order.state().isPaid()) {
      fields.putAll(payment(order));
    }
    return fields;
  }

  /**
   * Returns the payment fields. A payment made with a different amount through the control API
   * reports that amount as total_fee, as a tampered payment would appear to the merchant.
   */
  static Map<String, String> payment(Order order) {
    String paid = Long.toString(order.payerTotal());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("openid", order.openId());
    fields.put("is_subscribe", "N");
    fields.put("trade_type", "APP");
    fields.put("bank_type", "OTHERS");
    fields.put("total_fee", paid);
    fields.put("fee_type", order.currency());
    fields.put("cash_fee", paid);
    fields.put("transaction_id", order.transactionId());
    fields.put("time_end", IdGenerator.compactTime(order.successTime()));
    return fields;
  }

  static void putIfPresent(Map<String, String> fields, String name, String value) {
    if (value != null && !value.isEmpty()) {
      fields.put(name, value);
    }
  }
}
