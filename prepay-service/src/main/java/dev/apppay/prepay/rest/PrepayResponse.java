package dev.apppay.prepay.rest;

import dev.apppay.prepay.service.PrepayResult;
import java.time.Instant;
import java.util.Map;

/**
 * The reply of {@code POST /prepays}.
 *
 * @param expiresAt when the prepay id stops being payable
 * @param appParams the signed parameters for the WeChat OpenSDK: appid, partnerid, prepayid,
 *     package, noncestr, timestamp and sign
 */
public record PrepayResponse(
    String outTradeNo,
    String prepayId,
    String apiVersion,
    Instant expiresAt,
    Map<String, String> appParams) {

  static PrepayResponse of(PrepayResult result) {
    return new PrepayResponse(
        result.prepay().outTradeNo,
        result.prepay().prepayId,
        result.prepay().apiVersion,
        result.prepay().expiresAt,
        result.appParameters().toMap());
  }
}
