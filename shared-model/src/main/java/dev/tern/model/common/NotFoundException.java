package dev.tern.model.common;

/** The addressed resource (or route) does not exist. */
public final class NotFoundException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public NotFoundException(String message) {
    super(message);
  }
}
