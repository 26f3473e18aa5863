package dev.tern.model.common;

/** The resource exists but does not support the HTTP method used. */
public final class MethodNotAllowedException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public MethodNotAllowedException(String message) {
    super(message);
  }
}
