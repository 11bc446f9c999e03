package dev.apppay.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;

/** The optional {@code amount} of a control API payment, in fen. */
final class PaidAmount {

  private PaidAmount() {}

  /**
   * Reads the positive {@code amount} of {@code json}, or null when it is absent.
   *
   * @throws ControlError when the amount is not an integer or not positive, because WeChat Pay
   *     never reports a paid amount of zero or less
   */
  static Long read(JsonNode json) throws ControlError {
    JsonNode amount = json.path("amount");
    if (amount.isMissingNode() || amount.isNull()) {
      return null;
    }
    if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
      throw new ControlError(400, "INVALID_REQUEST", "amount must be an integer number of fen");
    }
    if (amount.asLong() <= 0) {
      throw new ControlError(
          400, "INVALID_REQUEST", "amount must be a positive number of fen: " + amount.asLong());
    }
    return amount.asLong();
  }
}
