package dev.apppay.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apppay.wechatpay.util.WeChatIds;
import java.time.Instant;
import java.util.Map;

/**
 * One WeChat Pay API version as the tests play it: the app's check of the APP parameters, and
 * WeChat Pay's payment notifications, built and signed with the stack's keys or with wrong ones.
 */
interface WeChatPayProtocol {

  /** Returns whether the APP parameters carry a valid signature under the stack's keys. */
  boolean verifiesAppParams(Map<String, String> appParams);

  /** Builds a payment notification signed as WeChat Pay signs it. */
  Notification signed(Payment payment);

  /** Builds the notification signed with a key generated here, which the stack does not know. */
  Notification forged(Payment payment);

  /** Builds a correctly signed notification, then changes the amount it reports. */
  Notification tampered(Payment payment, long tamperedAmountFen);

  /** Returns notify-service's reply to a notification whose signature does not verify. */
  Reply signatureRejection();

  /** Returns notify-service's reply to a verified notification that fails a merchant check. */
  Reply checkRejection(String message);

  /**
   * The facts a payment notification reports.
   *
   * @param transactionId a fresh WeChat Pay transaction id
   */
  record Payment(
      String outTradeNo, String transactionId, long amountFen, String appId, String mchId) {

    /** Returns a payment of the whole order to the stack's merchant. */
    static Payment of(JsonNode order) {
      return new Payment(
          order.path("outTradeNo").asText(),
          WeChatIds.transactionId(Instant.now()),
          order.path("amountFen").asLong(),
          StackKeys.APP_ID,
          StackKeys.MCH_ID);
    }

    Payment withMchId(String otherMchId) {
      return new Payment(outTradeNo, transactionId, amountFen, appId, otherMchId);
    }
  }

  /** A notification request: the notify-service path, headers and raw body. */
  record Notification(String path, Map<String, String> headers, byte[] body) {}

  /** A raw HTTP reply of notify-service. */
  record Reply(int status, String body) {}
}
