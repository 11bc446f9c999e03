package dev.apppay.order.rest;

import dev.apppay.order.service.InvalidRequestException;
import dev.apppay.order.service.OrderNotFoundException;
import java.util.UUID;

/** Parses path and query parameters into values, with a 400 or 404 for bad ones. */
final class QueryParams {

  private QueryParams() {}

  /** Returns the integer value, or {@code defaultValue} when the parameter is absent. */
  static int integer(String value, String name, int defaultValue, int min, int max) {
    if (value == null) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // Falls through to the same message as an out-of-range number.
    }
    throw new InvalidRequestException(
        name, name + " must be an integer between " + min + " and " + max + ", got " + value);
  }

  static boolean flag(String value, String name) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidRequestException(name, name + " must be true or false, got " + value);
  }

  /** Returns the order id; a malformed id cannot name an order, so it is not found. */
  static UUID orderId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new OrderNotFoundException();
    }
  }
}
