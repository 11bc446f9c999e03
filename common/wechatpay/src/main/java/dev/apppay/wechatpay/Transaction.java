package dev.apppay.wechatpay;

import java.time.Instant;

/**
 * A payment order as WeChat Pay reports it in an order query or a payment notification, in either
 * API version. Fields that WeChat Pay sends only once the order is paid are null before that.
 *
 * @param appId the AppID of the order
 * @param mchId the merchant id of the order
 * @param outTradeNo the merchant's order number
 * @param transactionId WeChat Pay's order number, null until paid
 * @param tradeType {@code APP} for this integration, null until paid
 * @param tradeState the order state
 * @param tradeStateDesc WeChat's description of the state, possibly empty
 * @param bankType the paying bank, null until paid
 * @param attach the merchant data given at creation, null when none
 * @param successTime the payment time, null until paid
 * @param openId the payer's openid in this AppID, null until paid
 * @param total the order amount in fen; 0 when a v2 query of an unpaid order omits it
 * @param payerTotal the amount the payer paid in fen, null until paid
 * @param currency the currency, {@code CNY}
 */
public record Transaction(
    String appId,
    String mchId,
    String outTradeNo,
    String transactionId,
    String tradeType,
    TradeState tradeState,
    String tradeStateDesc,
    String bankType,
    String attach,
    Instant successTime,
    String openId,
    long total,
    Long payerTotal,
    String currency) {

  /** Returns whether the order is paid. */
  public boolean isPaid() {
    return tradeState == TradeState.SUCCESS;
  }
}
