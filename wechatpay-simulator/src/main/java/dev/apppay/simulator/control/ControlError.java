package dev.apppay.simulator.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** A rejected control API call: HTTP status and the JSON body {@code {"code","message"}}. */
final class ControlError extends Exception {

  private final int status;
  private final String code;

  ControlError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  /** Returns the body; user actions add {@code errCode -1}, what the WeChat app would report. */
  Map<String, Object> body(boolean userAction) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", getMessage());
    if (userAction) {
      body.put("errCode", -1);
    }
    return body;
  }
}
