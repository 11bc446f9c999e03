package dev.apppay.wechatpay;

/** The state of a payment order at WeChat Pay, as {@code trade_state} reports it. */
public enum TradeState {
  /** Paid. */
  SUCCESS,
  /** A refund has been requested for the paid order. */
  REFUND,
  /** Not paid yet, also after the prepay expired until the order is closed. */
  NOTPAY,
  /** Closed by the merchant; can never be paid. */
  CLOSED,
  /** Reversed (payment-code payments only). */
  REVOKED,
  /** The user is entering the password (payment-code payments only). */
  USERPAYING,
  /** Payment failed, for example because the bank declined it. */
  PAYERROR,
  /** Accepted and waiting for the debit. */
  ACCEPT;

  /** Returns whether the state is terminal, so no payment can follow it. */
  public boolean isFinal() {
    return this != NOTPAY && this != USERPAYING && this != ACCEPT;
  }

  /**
   * Parses a {@code trade_state} value.
   *
   * @throws MalformedReplyException for a value this library does not know
   */
  public static TradeState parse(String value) {
    try {
      return valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MalformedReplyException("Unknown trade_state [" + value + "]", e);
    }
  }
}
