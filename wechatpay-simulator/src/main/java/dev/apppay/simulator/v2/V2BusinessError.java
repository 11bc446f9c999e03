package dev.apppay.simulator.v2;

/**
 * A v2 request rejected by a business rule: the signed reply has {@code return_code=SUCCESS},
 * {@code result_code=FAIL}, {@code err_code} and {@code err_code_des}.
 */
final class V2BusinessError extends Exception {

  private final String code;

  V2BusinessError(String code, String description) {
    super(description);
    this.code = code;
  }

  String code() {
    return code;
  }
}
