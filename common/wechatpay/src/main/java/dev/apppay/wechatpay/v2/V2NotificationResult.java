package dev.apppay.wechatpay.v2;

/** The outcome of parsing a v2 payment notification, with the reply to send back. */
public sealed interface V2NotificationResult {

  /** Returns the XML body of the reply to WeChat Pay, sent with HTTP status 200. */
  String replyBody();

  /** The notification is authentic and parsed. */
  record Accepted(V2PaymentNotification notification) implements V2NotificationResult {
    @Override
    public String replyBody() {
      return V2NotificationReplies.success();
    }
  }

  /**
   * The notification was rejected; the FAIL reply makes WeChat Pay deliver it again.
   *
   * @param reason the failed check
   * @param detail a message for logs, without keys or signatures
   */
  record Rejected(Reason reason, String detail) implements V2NotificationResult {
    @Override
    public String replyBody() {
      return V2NotificationReplies.fail(reason.replyMessage);
    }
  }

  /** The check that rejected a notification. */
  enum Reason {
    /** The body is not safe, well-formed flat XML. */
    MALFORMED_XML("invalid XML"),
    /** {@code return_code} is not SUCCESS. */
    RETURN_CODE_FAIL("return_code is not SUCCESS"),
    /** The {@code sign} is missing or does not match. */
    INVALID_SIGNATURE("invalid signature"),
    /** A required field is missing or invalid. */
    MISSING_FIELD("missing or invalid field");

    private final String replyMessage;

    Reason(String replyMessage) {
      this.replyMessage = replyMessage;
    }
  }
}
