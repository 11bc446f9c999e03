package dev.apppay.simulator.v3;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.order.IdGenerator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The v3 Transaction object: the query reply and the plaintext of the payment notification. */
final class V3Transactions {

  private V3Transactions() {}

  /**
   * Returns the transaction of {@code order}. A payment made with a different amount through the
   * control API reports that amount as amount.total, as a tampered payment would appear.
   */
  static Map<String, Object> of(Order order) {
    Map<String, Object> transaction = new LinkedHashMap<>();
    transaction.put("appid", order.appId());
    transaction.put("mchid", order.mchId());
    transaction.put("out_trade_no", order.outTradeNo());
    transaction.put("trade_state", order.state().name());
    transaction.put("trade_state_desc", order.state().description());
    if (order.attach() != null) {
      transaction.put("attach", order.attach());
    }
    if (order.state().isPaid()) {
      putPayment(transaction, order);
    } else {
      transaction.put("amount", amount(order.total(), null, order.currency()));
    }
    return transaction;
  }

  /** Formats {@code at} as RFC 3339 in China Standard Time, e.g. 2025-01-01T12:01:30+08:00. */
  static String rfc3339(Instant at) {
    return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), IdGenerator.BEIJING)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static void putPayment(Map<String, Object> transaction, Order order) {
    transaction.put("transaction_id", order.transactionId());
    transaction.put("trade_type", "APP");
    transaction.put("bank_type", "OTHERS");
    transaction.put("success_time", rfc3339(order.successTime()));
    transaction.put("payer", Map.of("openid", order.openId()));
    transaction.put("amount", amount(order.payerTotal(), order.payerTotal(), order.currency()));
  }

  private static Map<String, Object> amount(long total, Long payerTotal, String currency) {
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("total", total);
    if (payerTotal != null) {
      amount.put("payer_total", payerTotal);
    }
    amount.put("currency", currency);
    amount.put("payer_currency", currency);
    return amount;
  }
}
