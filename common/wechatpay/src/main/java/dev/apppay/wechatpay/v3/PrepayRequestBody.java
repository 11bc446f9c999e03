package dev.apppay.wechatpay.v3;

import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.util.WeChatTimes;

/** The JSON body of {@code POST /v3/pay/transactions/app}. */
public record PrepayRequestBody(
    String appid,
    String mchid,
    String description,
    String outTradeNo,
    String timeExpire,
    String attach,
    String notifyUrl,
    Amount amount,
    SceneInfo sceneInfo) {

  /** The request path. */
  public static final String PATH = "/v3/pay/transactions/app";

  /** The order amount in fen and its currency. */
  public record Amount(long total, String currency) {}

  /** The payer's client IP. */
  public record SceneInfo(String payerClientIp) {}

  /** Builds the body from the version-independent request. */
  public static PrepayRequestBody from(String appId, String mchId, AppPrepayRequest order) {
    String timeExpire =
        order.timeExpire() == null ? null : WeChatTimes.formatV3(order.timeExpire());
    return new PrepayRequestBody(
        appId,
        mchId,
        order.description(),
        order.outTradeNo(),
        timeExpire,
        order.attach(),
        order.notifyUrl(),
        new Amount(order.total(), AppPrepayRequest.CURRENCY),
        new SceneInfo(order.payerClientIp()));
  }
}
