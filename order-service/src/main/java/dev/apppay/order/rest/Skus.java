package dev.apppay.order.rest;

import dev.apppay.order.service.InvalidRequestException;
import java.util.regex.Pattern;

/** The format of a catalog SKU, such as {@code COFFEE-BEANS-1KG}. */
final class Skus {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9_-]{1,64}");

  private Skus() {}

  static String require(String sku, String path) {
    if (!FORMAT.matcher(sku).matches()) {
      throw new InvalidRequestException(
          path, path + " must be 1 to 64 characters of A-Z, 0-9, _ and -");
    }
    return sku;
  }
}
