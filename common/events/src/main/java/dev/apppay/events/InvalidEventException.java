package dev.apppay.events;

/** A Kafka record that is not a readable {@link EventEnvelope}. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
