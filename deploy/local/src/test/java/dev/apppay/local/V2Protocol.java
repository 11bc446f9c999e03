package dev.apppay.local;

import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.util.WeChatIds;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2NotificationReplies;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.v2.V2Verifier;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * API v2: XML notifications and APP parameters signed with MD5 under the APIv2 key, the algorithm
 * the stack's services use by default.
 */
final class V2Protocol implements WeChatPayProtocol {

  private static final String PATH = "/wechatpay/v2/notify";

  private final String apiKey;

  V2Protocol(StackKeys keys) {
    this.apiKey = keys.v2ApiKey();
  }

  @Override
  public boolean verifiesAppParams(Map<String, String> appParams) {
    try {
      new V2Verifier(apiKey).verify(appParams);
      return true;
    } catch (SignatureVerificationException e) {
      return false;
    }
  }

  @Override
  public Notification signed(Payment payment) {
    return xml(sign(fields(payment), apiKey));
  }

  @Override
  public Notification forged(Payment payment) {
    return xml(sign(fields(payment), Nonces.generate()));
  }

  @Override
  public Notification tampered(Payment payment, long tamperedAmountFen) {
    Map<String, String> fields = sign(fields(payment), apiKey);
    fields.put("total_fee", Long.toString(tamperedAmountFen));
    fields.put("cash_fee", Long.toString(tamperedAmountFen));
    return xml(fields);
  }

  @Override
  public Reply signatureRejection() {
    return checkRejection("invalid signature");
  }

  @Override
  public Reply checkRejection(String message) {
    return new Reply(200, V2NotificationReplies.fail(message));
  }

  private static Map<String, String> fields(Payment payment) {
    String amount = Long.toString(payment.amountFen());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "SUCCESS");
    fields.put("appid", payment.appId());
    fields.put("mch_id", payment.mchId());
    fields.put("nonce_str", Nonces.generate());
    fields.put("result_code", "SUCCESS");
    fields.put("openid", WeChatIds.openId());
    fields.put("is_subscribe", "N");
    fields.put("trade_type", "APP");
    fields.put("bank_type", "OTHERS");
    fields.put("total_fee", amount);
    fields.put("fee_type", "CNY");
    fields.put("cash_fee", amount);
    fields.put("transaction_id", payment.transactionId());
    fields.put("out_trade_no", payment.outTradeNo());
    fields.put("time_end", WeChatTimes.formatV2(Instant.now()));
    return fields;
  }

  private static Map<String, String> sign(Map<String, String> fields, String key) {
    return new LinkedHashMap<>(new V2Signer(key).signRequest(fields, SignType.MD5));
  }

  private static Notification xml(Map<String, String> fields) {
    byte[] body = new XmlCodec().encode(fields).getBytes(StandardCharsets.UTF_8);
    return new Notification(PATH, Map.of("Content-Type", "text/xml"), body);
  }
}
