package dev.apppay.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seven APP client parameters the merchant backend hands to the WeChat OpenSDK, as named in
 * their signature, plus an optional amount that replaces the order's amount when paying.
 */
record ClientParameters(
    String appId,
    String partnerId,
    String prepayId,
    String packageValue,
    String nonce,
    String timestamp,
    String sign,
    Long amount) {

  /** Reads {@code appid, partnerid, prepayid, package, noncestr, timestamp, sign, amount}. */
  static ClientParameters from(JsonNode json) throws ControlError {
    Long amount = PaidAmount.read(json);
    return new ClientParameters(
        required(json, "appid"),
        required(json, "partnerid"),
        required(json, "prepayid"),
        required(json, "package"),
        required(json, "noncestr"),
        required(json, "timestamp"),
        required(json, "sign"),
        amount);
  }

  private static String required(JsonNode json, String name) throws ControlError {
    JsonNode value = json.path(name);
    if (!value.isTextual() && !value.isNumber()) {
      throw new ControlError(400, "INVALID_REQUEST", "Client parameter " + name + " is missing");
    }
    return value.asText();
  }
}
