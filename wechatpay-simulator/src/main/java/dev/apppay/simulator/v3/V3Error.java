package dev.apppay.simulator.v3;

import java.util.LinkedHashMap;
import java.util.Map;

/** A v3 error reply: HTTP status and the JSON body {@code {"code","message","detail"}}. */
final class V3Error extends Exception {

  private final int status;
  private final String code;
  private final Map<String, Object> detail;

  V3Error(int status, String code, String message, Map<String, Object> detail) {
    super(message);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  V3Error(int status, String code, String message) {
    this(status, code, message, null);
  }

  /** Returns a 400 PARAM_ERROR naming the offending field (a JSON Pointer for body fields). */
  static V3Error paramError(String field, String location, String issue) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("field", field);
    detail.put("location", location);
    detail.put("issue", issue);
    return new V3Error(400, "PARAM_ERROR", "参数错误", detail);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** Returns the JSON body of the reply. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", getMessage());
    if (detail != null) {
      body.put("detail", detail);
    }
    return body;
  }
}
