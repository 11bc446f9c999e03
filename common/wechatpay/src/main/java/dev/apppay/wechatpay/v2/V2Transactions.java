package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import java.util.Map;

/** Maps verified v2 order query replies and payment notifications to {@link Transaction}. */
public final class V2Transactions {

  private V2Transactions() {}

  /** Reads an {@code orderquery} reply, whose {@code trade_state} is authoritative. */
  public static Transaction fromQuery(Map<String, String> fields) {
    V2Fields reader = new V2Fields(fields);
    return build(reader, TradeState.parse(reader.required("trade_state")));
  }

  /** Reads a payment notification: {@code result_code=SUCCESS} means paid, FAIL a failure. */
  public static Transaction fromNotification(Map<String, String> fields) {
    V2Fields reader = new V2Fields(fields);
    boolean paid = "SUCCESS".equals(reader.required("result_code"));
    return build(reader, paid ? TradeState.SUCCESS : TradeState.PAYERROR);
  }

  private static Transaction build(V2Fields reader, TradeState state) {
    String currency = reader.optional("fee_type");
    return new Transaction(
        reader.required("appid"),
        reader.required("mch_id"),
        reader.required("out_trade_no"),
        reader.optional("transaction_id"),
        reader.optional("trade_type"),
        state,
        reader.orEmpty("trade_state_desc"),
        reader.optional("bank_type"),
        reader.optional("attach"),
        reader.optionalTime("time_end"),
        reader.optional("openid"),
        state == TradeState.SUCCESS || state == TradeState.REFUND
            ? reader.requiredLong("total_fee")
            : defaultZero(reader.optionalLong("total_fee")),
        reader.optionalLong("cash_fee"),
        currency == null ? "CNY" : currency);
  }

  private static long defaultZero(Long value) {
    return value == null ? 0 : value;
  }
}
