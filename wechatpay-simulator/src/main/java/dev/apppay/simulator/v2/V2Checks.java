package dev.apppay.simulator.v2;

import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.order.FieldRules;

/** Business-level checks every v2 endpoint applies after the signature check. */
final class V2Checks {

  private V2Checks() {}

  /** Rejects a request whose appid is not the AppID bound to the merchant. */
  static void requireBoundAppId(V2Request request, SimulatorCredentials credentials)
      throws V2BusinessError {
    require(request, "appid");
    if (!credentials.appId().equals(request.get("appid"))) {
      throw new V2BusinessError("APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
    }
  }

  /** Rejects a request that lacks any of {@code names} or has it empty. */
  static void require(V2Request request, String... names) throws V2BusinessError {
    for (String name : names) {
      if (request.optional(name) == null) {
        throw new V2BusinessError("LACK_PARAMS", "缺少参数" + name);
      }
    }
  }

  /** Rejects a value longer than {@code maxLength} characters. */
  static void requireMaxLength(V2Request request, String name, int maxLength)
      throws V2BusinessError {
    String value = request.optional(name);
    if (value != null && value.length() > maxLength) {
      throw paramError(name + " is longer than " + maxLength + " characters");
    }
  }

  /** Rejects an out_trade_no outside 6 to 32 characters of {@code 0-9 a-z A-Z _ - | *}. */
  static void requireOutTradeNo(V2Request request) throws V2BusinessError {
    if (!FieldRules.isOutTradeNo(request.get("out_trade_no"))) {
      throw paramError("out_trade_no must be 6 to 32 characters of 0-9 a-z A-Z _ - | *");
    }
  }

  static V2BusinessError paramError(String description) {
    return new V2BusinessError("PARAM_ERROR", description);
  }
}
