package dev.apppay.order.service;

/** A request value that fails validation; nothing was changed. */
public class InvalidRequestException extends RuntimeException {

  private final String field;

  /**
   * Creates the failure.
   *
   * @param field the invalid field or header, such as {@code items[0].quantity}
   * @param message what is wrong and what is allowed, starting with the field name
   */
  public InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
