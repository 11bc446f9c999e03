package dev.apppay.local;

import java.nio.file.Path;

/** A component of the stack failed to start; the message names it and its log. */
public class ComponentFailedException extends RuntimeException {

  public ComponentFailedException(String component, String problem, Path log) {
    super(component + " " + problem + "; see its log: " + log);
  }

  public ComponentFailedException(String message) {
    super(message);
  }
}
