package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.util.WeChatTimes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Typed reads of received v2 fields; a missing or invalid required field is a malformed reply. */
final class V2Fields {

  private final Map<String, String> fields;

  V2Fields(Map<String, String> fields) {
    this.fields = fields;
  }

  String required(String name) {
    String value = fields.get(name);
    if (value == null || value.isEmpty()) {
      throw new MalformedReplyException("v2 reply has no " + name);
    }
    return value;
  }

  /** Returns the value, or null when it is absent or empty. */
  String optional(String name) {
    String value = fields.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String orEmpty(String name) {
    String value = fields.get(name);
    return value == null ? "" : value;
  }

  long requiredLong(String name) {
    return parseLong(name, required(name));
  }

  Long optionalLong(String name) {
    String value = optional(name);
    return value == null ? null : parseLong(name, value);
  }

  Instant optionalTime(String name) {
    String value = optional(name);
    try {
      return value == null ? null : WeChatTimes.parseV2(value);
    } catch (DateTimeParseException e) {
      throw new MalformedReplyException("v2 field " + name + " is not yyyyMMddHHmmss: " + value, e);
    }
  }

  private static long parseLong(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new MalformedReplyException("v2 field " + name + " is not an integer: " + value, e);
    }
  }
}
