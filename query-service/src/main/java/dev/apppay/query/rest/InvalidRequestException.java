package dev.apppay.query.rest;

/** A missing or malformed request parameter. The message names the parameter and its rule. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
