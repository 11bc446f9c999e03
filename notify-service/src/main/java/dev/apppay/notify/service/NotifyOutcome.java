package dev.apppay.notify.service;

/** What happened to one notification delivery, which decides the protocol reply. */
public sealed interface NotifyOutcome {

  /** The payment was recorded and {@code PaymentSucceeded} stored in the outbox. */
  record Recorded(String outTradeNo, String transactionId) implements NotifyOutcome {}

  /** The transaction was recorded by an earlier delivery; nothing changed. */
  record Duplicate(String outTradeNo, String transactionId) implements NotifyOutcome {}

  /**
   * The notification is authentic but reports no payment, such as a v2 {@code result_code=FAIL} or
   * another v3 event type. It is acknowledged so WeChat Pay stops sending it, and nothing is
   * stored.
   */
  record Ignored(String reason) implements NotifyOutcome {}

  /**
   * The notification failed a check and changed nothing; WeChat Pay will deliver it again.
   *
   * @param status the v3 HTTP status, 4xx
   * @param message the reason sent back, without keys or signatures
   */
  record Rejected(int status, String message) implements NotifyOutcome {}

  /** This service failed, for example because the database is down; WeChat Pay will retry. */
  record Failed(String message) implements NotifyOutcome {}
}
