package dev.apppay.wechatpay.v3;

/** The decrypted resource of a v3 refund notification. */
public record RefundResourceBody(
    String mchid,
    String outTradeNo,
    String transactionId,
    String outRefundNo,
    String refundId,
    String refundStatus,
    String successTime,
    String userReceivedAccount,
    Amount amount) {

  /** Amounts in fen. */
  public record Amount(Long total, Long refund, Long payerTotal, Long payerRefund) {}
}
