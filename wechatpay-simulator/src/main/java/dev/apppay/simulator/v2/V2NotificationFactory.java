package dev.apppay.simulator.v2;

import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.fault.SignatureFault;
import dev.apppay.simulator.notify.Notification;
import dev.apppay.simulator.notify.NotificationFactory;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.xml.XmlCodec;
import dev.apppay.wechatpay.xml.XmlFormatException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds v2 payment notifications: XML signed with the APIv2 key and the algorithm of the order's
 * unified order request; acknowledged by HTTP 200 with {@code return_code} SUCCESS.
 */
public final class V2NotificationFactory implements NotificationFactory {

  private final V2Signer signer;
  private final XmlCodec codec = new XmlCodec();

  public V2NotificationFactory(SimulatorCredentials credentials) {
    this.signer = new V2Signer(credentials.v2ApiKey());
  }

  @Override
  public Notification create(Order order, String notificationId, SignatureFault signatureFault) {
    SignType signType = SignType.fromWireName(order.signType()).orElse(SignType.MD5);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("return_code", "SUCCESS");
    fields.put("result_code", "SUCCESS");
    fields.put("appid", order.appId());
    fields.put("mch_id", order.mchId());
    fields.put("nonce_str", Nonces.generate());
    fields.put("out_trade_no", order.outTradeNo());
    V2OrderFields.putIfPresent(fields, "attach", order.attach());
    fields.putAll(V2OrderFields.payment(order));
    if (signType == SignType.HMAC_SHA256) {
      fields.put(V2Signer.SIGN_TYPE, signType.wireName());
    }

    String sign = signer.sign(fields, signType);
    fields.put(V2Signer.SIGN, signatureFault == SignatureFault.NONE ? sign : altered(sign));
    return new Notification(
        Map.of("Content-Type", "text/xml; charset=UTF-8"), codec.encode(fields));
  }

  @Override
  public boolean isAcknowledgement(int status, String body) {
    if (status != 200) {
      return false;
    }
    try {
      return "SUCCESS".equals(codec.decode(body).get("return_code"));
    } catch (XmlFormatException e) {
      return false;
    }
  }

  /** Changes the last hex digit, so the sign keeps its form but no longer matches. */
  private static String altered(String sign) {
    char last = sign.charAt(sign.length() - 1);
    return sign.substring(0, sign.length() - 1) + (last == '0' ? '1' : '0');
  }
}
