package dev.tern.model.common;

/** The write conflicts with the current state of the resource. */
public final class ConflictException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public ConflictException(String message) {
    super(message);
  }
}
