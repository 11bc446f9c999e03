package dev.apppay.prepay.rest;

/** A request body that is not a valid prepay request; the message names the field. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
