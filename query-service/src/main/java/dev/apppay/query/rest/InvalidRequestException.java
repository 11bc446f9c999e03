package dev.apppay.query.rest;

/** A request parameter that is missing or malformed; the message says which and why. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
