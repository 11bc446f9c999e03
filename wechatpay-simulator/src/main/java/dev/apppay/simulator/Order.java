package dev.apppay.simulator;

import java.time.Instant;

/**
 * A payment order as WeChat Pay keeps it, keyed by merchant id and out_trade_no.
 *
 * <p>Amounts are in fen. {@code signType} is the v2 signature algorithm of the unified order
 * request ({@code null} for v3); the user's client parameters and the notification use it too.
 * {@code parameters} is the canonical form of the business parameters, compared when the merchant
 * submits the same out_trade_no again.
 */
public record Order(
    ApiVersion apiVersion,
    String appId,
    String mchId,
    String outTradeNo,
    String description,
    String attach,
    long total,
    String currency,
    String notifyUrl,
    String signType,
    String parameters,
    Instant timeExpire,
    String prepayId,
    Instant prepayCreatedAt,
    Instant createdAt,
    TradeState state,
    String transactionId,
    String openId,
    Long payerTotal,
    Instant successTime,
    Instant closedAt) {

  /** Returns a copy that carries a new prepay session. */
  public Order withPrepay(String newPrepayId, Instant at) {
    return new Order(
        apiVersion,
        appId,
        mchId,
        outTradeNo,
        description,
        attach,
        total,
        currency,
        notifyUrl,
        signType,
        parameters,
        timeExpire,
        newPrepayId,
        at,
        createdAt,
        state,
        transactionId,
        openId,
        payerTotal,
        successTime,
        closedAt);
  }

  /** Returns a copy in {@code newState}; a CLOSED copy records {@code at} as its close time. */
  public Order withState(TradeState newState, Instant at) {
    Instant closed = newState == TradeState.CLOSED ? at : closedAt;
    return new Order(
        apiVersion,
        appId,
        mchId,
        outTradeNo,
        description,
        attach,
        total,
        currency,
        notifyUrl,
        signType,
        parameters,
        timeExpire,
        prepayId,
        prepayCreatedAt,
        createdAt,
        newState,
        transactionId,
        openId,
        payerTotal,
        successTime,
        closed);
  }

  /** Returns a paid copy: SUCCESS with the payment's ids, paid amount and time. */
  public Order withPayment(String newTransactionId, String payerOpenId, long paid, Instant at) {
    return new Order(
        apiVersion,
        appId,
        mchId,
        outTradeNo,
        description,
        attach,
        total,
        currency,
        notifyUrl,
        signType,
        parameters,
        timeExpire,
        prepayId,
        prepayCreatedAt,
        createdAt,
        TradeState.SUCCESS,
        newTransactionId,
        payerOpenId,
        paid,
        at,
        closedAt);
  }

  /** Returns the store key of this order. */
  public String key() {
    return key(mchId, outTradeNo);
  }

  /** Returns the store key of the order {@code outTradeNo} of merchant {@code mchId}. */
  public static String key(String mchId, String outTradeNo) {
    return mchId + "/" + outTradeNo;
  }
}
