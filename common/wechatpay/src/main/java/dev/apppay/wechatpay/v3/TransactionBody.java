package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.TradeState;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.util.WeChatTimes;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The v3 Transaction JSON: the order query reply and the decrypted payment notification resource.
 */
public record TransactionBody(
    String appid,
    String mchid,
    String outTradeNo,
    String transactionId,
    String tradeType,
    String tradeState,
    String tradeStateDesc,
    String bankType,
    String attach,
    String successTime,
    Payer payer,
    Amount amount) {

  /** The payer. */
  public record Payer(String openid) {}

  /** Amounts in fen. */
  public record Amount(Long total, Long payerTotal, String currency, String payerCurrency) {}

  /** Query path by merchant order number, with the required {@code mchid} query parameter. */
  public static String pathByOutTradeNo(String outTradeNo, String mchId) {
    return "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?mchid=" + mchId;
  }

  /** Query path by WeChat Pay order number. */
  public static String pathByTransactionId(String transactionId, String mchId) {
    return "/v3/pay/transactions/id/" + transactionId + "?mchid=" + mchId;
  }

  /**
   * Maps to the version-independent type.
   *
   * @throws MalformedReplyException when a required field is missing or invalid
   */
  public Transaction toTransaction() {
    if (appid == null || mchid == null || outTradeNo == null || amount == null) {
      throw new MalformedReplyException("Transaction lacks appid, mchid, out_trade_no or amount");
    }
    if (amount.total() == null) {
      throw new MalformedReplyException("Transaction lacks amount.total");
    }
    return new Transaction(
        appid,
        mchid,
        outTradeNo,
        transactionId,
        tradeType,
        TradeState.parse(tradeState),
        tradeStateDesc == null ? "" : tradeStateDesc,
        bankType,
        attach == null || attach.isEmpty() ? null : attach,
        successTime == null ? null : parseTime(successTime),
        payer == null ? null : payer.openid(),
        amount.total(),
        amount.payerTotal(),
        amount.currency() == null ? "CNY" : amount.currency());
  }

  private static Instant parseTime(String value) {
    try {
      return WeChatTimes.parseV3(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedReplyException("success_time is not RFC 3339: " + value, e);
    }
  }
}
