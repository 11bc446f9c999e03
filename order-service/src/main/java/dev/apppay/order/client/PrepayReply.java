package dev.apppay.order.client;

import java.time.Instant;
import java.util.Map;

/**
 * The reply of prepay-service's {@code POST /prepays}.
 *
 * @param expiresAt when the prepay id stops being payable
 * @param appParams the signed parameters for the WeChat OpenSDK: appid, partnerid, prepayid,
 *     package, noncestr, timestamp and sign
 */
public record PrepayReply(
    String outTradeNo,
    String prepayId,
    String apiVersion,
    Instant expiresAt,
    Map<String, String> appParams) {}
