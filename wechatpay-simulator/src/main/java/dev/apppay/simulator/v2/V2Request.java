package dev.apppay.simulator.v2;

import dev.apppay.wechatpay.v2.SignType;
import java.util.Map;

/** A v2 request whose signature was verified, with the algorithm it used. */
record V2Request(Map<String, String> fields, SignType signType) {

  String get(String name) {
    return fields.get(name);
  }

  /** Returns the field's value, or {@code null} when it is absent or empty. */
  String optional(String name) {
    String value = fields.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
