package dev.apppay.notify;

import dev.apppay.wechatpay.util.WeChatIds;
import dev.apppay.wechatpay.util.WeChatTimes;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds v2 payment notifications signed with the merchant's APIv2 key, as WeChat Pay does. */
final class V2Notifications {

  private final TestMerchant merchant;

  V2Notifications(TestMerchant merchant) {
    this.merchant = merchant;
  }

  /** Returns the unsigned fields of a successful payment of 3998 fen. */
  Map<String, String> paymentFields(String outTradeNo, String transactionId) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "SUCCESS");
    fields.put("return_msg", "OK");
    fields.put("appid", merchant.appId());
    fields.put("mch_id", merchant.mchId());
    fields.put("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
    fields.put("result_code", "SUCCESS");
    fields.put("openid", WeChatIds.openId());
    fields.put("is_subscribe", "N");
    fields.put("trade_type", "APP");
    fields.put("bank_type", "OTHERS");
    fields.put("total_fee", "3998");
    fields.put("fee_type", "CNY");
    fields.put("cash_fee", "3998");
    fields.put("transaction_id", transactionId);
    fields.put("out_trade_no", outTradeNo);
    fields.put("time_end", WeChatTimes.formatV2(Instant.now()));
    return fields;
  }

  /** Signs the fields with MD5 under the merchant's key and encodes them as XML. */
  byte[] signed(Map<String, String> fields) {
    return encode(new V2Signer(merchant.v2ApiKey()).signRequest(fields, SignType.MD5));
  }

  static byte[] encode(Map<String, String> fields) {
    return new XmlCodec().encode(fields).getBytes(StandardCharsets.UTF_8);
  }

  static String newTransactionId() {
    return WeChatIds.transactionId(Instant.now());
  }
}
